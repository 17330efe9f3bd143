using Enforcement.Content;
using Enforcement.Publicity;

namespace Enforcement.Redaction;

/// <summary>
/// A decision as it may be published: every string has been through redaction. Pages, the feed and the
/// search index are made from this, never from <see cref="Decision"/>.
/// </summary>
public sealed record PublicDecision(
    string Number,
    string Title,
    int Year,
    string Slug,
    string BodySlug,
    PartyKind PartyKind,
    string PartyName,
    /// <summary>The organisation's 统一社会信用代码; null for natural persons (their ID number is never published).</summary>
    string? PartyCode,
    string? Representative,
    DateOnly Decided,
    DateOnly Published,
    string Category,
    string Violation,
    string Basis,
    IReadOnlyList<Penalty> Penalties,
    DecisionStatus Status,
    Withdrawal? Withdrawn,
    PublicityState State,
    /// <summary>The first day it is no longer public.</summary>
    DateOnly PublicUntil,
    /// <summary>The redacted Markdown text.</summary>
    string Text)
{
    public string Url => $"/decisions/{Year}/{Slug}/";

    public decimal TotalAmount => Penalties.Sum(p => p.Amount ?? 0m);
}

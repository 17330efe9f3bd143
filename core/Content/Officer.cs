namespace Enforcement.Content;

public enum OfficerStatus { Active, Suspended, Revoked }

/// <summary>One entry of content/officers/&lt;body&gt;.yml (执法人员清单).</summary>
public sealed record Officer(
    string Name,
    /// <summary>执法证号: unique across the portal; the stable identifier.</summary>
    string Certificate,
    string BodySlug,
    string Unit,
    string Position,
    IReadOnlyList<string> Categories,
    string Region,
    OfficerStatus Status,
    DateOnly? ValidUntil)
{
    /// <summary>Whether the certificate may be used on <paramref name="today"/>.</summary>
    public bool IsValidOn(DateOnly today) =>
        Status == OfficerStatus.Active && (ValidUntil is null || today <= ValidUntil.Value);

    /// <summary>案件主办人 level, when the officer has one (officers file: <c>caseLead</c>).</summary>
    public CaseLeadLevel? CaseLead { get; init; }

    /// <summary>Since when the officer holds <see cref="CaseLead"/> (<c>caseLeadSince</c>).</summary>
    public DateOnly? CaseLeadSince { get; init; }
}

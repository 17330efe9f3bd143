using Enforcement.Content;
using Enforcement.Publicity;

namespace Enforcement.Redaction;

/// <summary>What redaction made of one decision, and how much it masked by kind (身份证号, 手机号码 ...).</summary>
public sealed record RedactionResult(PublicDecision Decision, IReadOnlyDictionary<string, int> MaskedByKind);

/// <summary>
/// 技术处理: turns a decision as staff wrote it into one that may be published. Every string that reaches a
/// page passes through here: text (raw Markdown, before rendering), title, party, violation, basis, category,
/// penalties, withdrawal reason. The 文书号 is the record's public identifier and stays as written.
/// </summary>
public static class Redactor
{
    public static RedactionResult Redact(Decision d, SiteSettings site, DateOnly today) =>
        Redact(d, site, today, PublicData.FromSite(site));

    /// <param name="publicData">What the portal publishes on purpose (bodies' phones ...), kept visible in the text.</param>
    public static RedactionResult Redact(Decision d, SiteSettings site, DateOnly today, PublicData publicData)
    {
        var natural = d.Party.Kind == PartyKind.NaturalPerson;
        var numbers = new PublicNumbers(publicData.Numbers);
        // An organisation's own 统一社会信用代码 is published, even where it could pass for another number.
        if (!natural && CreditCodes.IsPublicOrganisationCode(d.Party.Code)) numbers.AddCode(d.Party.Code);
        var masker = new TextMasker(DecisionSecrets.Of(d, site), numbers, publicData.Emails);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string M(string s) => masker.Mask(s, counts);

        var partyName = natural && site.MaskPartyNames && !PartyNames.IsMasked(d.Party.Name)
            ? Count(counts, MaskKinds.PartyName, PartyNames.Masked(d.Party.Name))
            : M(d.Party.Name);
        var representative = d.Party.Representative is null ? null
            : DecisionSecrets.RepresentativeIsSecret(d) ? Count(counts, MaskKinds.OtherPersonName, PartyNames.Masked(d.Party.Representative))
            : M(d.Party.Representative);
        // A natural person's ID number is never shown, not even masked.
        var partyCode = natural || d.Party.Code is null ? null : M(d.Party.Code);

        var pd = new PublicDecision(
            Number: d.Number,
            Title: M(d.Title),
            Year: d.Year,
            Slug: d.Slug,
            BodySlug: d.BodySlug,
            PartyKind: d.Party.Kind,
            PartyName: partyName,
            PartyCode: partyCode,
            Representative: representative,
            Decided: d.Decided,
            Published: d.Published,
            Category: M(d.Category),
            Violation: M(d.Violation),
            Basis: M(d.Basis),
            Penalties: d.Penalties.Select(p => p with { Kind = M(p.Kind) }).ToList(),
            Status: d.Status,
            Withdrawn: d.Withdrawn is { } w ? w with { Reason = M(w.Reason) } : null,
            State: PublicityRules.StateOn(d, site.Retention, today),
            PublicUntil: PublicityRules.EndOf(d, site.Retention),
            Text: M(d.Text));
        return new RedactionResult(pd, counts);
    }

    private static string Count(Dictionary<string, int> counts, string kind, string replacement)
    {
        counts[kind] = counts.GetValueOrDefault(kind) + 1;
        return replacement;
    }
}

using Enforcement.Content;
using Enforcement.Publicity;

namespace Enforcement.Redaction;

/// <summary>What redaction made of one decision, and how much it masked by kind (身份证号, 手机号 ...).</summary>
public sealed record RedactionResult(PublicDecision Decision, IReadOnlyDictionary<string, int> MaskedByKind);

/// <summary>技术处理: turns a decision as staff wrote it into one that may be published.</summary>
public static class Redactor
{
    // Placeholder until the redaction rules are written: it masks nothing yet.
    public static RedactionResult Redact(Decision d, SiteSettings site, DateOnly today)
    {
        var state = PublicityRules.StateOn(d, site.Retention, today);
        var until = PublicityRules.EndOf(d, site.Retention);
        var pd = new PublicDecision(d.Number, d.Title, d.Year, d.Slug, d.BodySlug, d.Party.Kind, d.Party.Name,
            d.Party.Kind == PartyKind.NaturalPerson ? null : d.Party.Code, d.Party.Representative, d.Decided, d.Published,
            d.Category, d.Violation, d.Basis, d.Penalties, d.Status, d.Withdrawn, state, until, d.Text);
        return new RedactionResult(pd, new Dictionary<string, int>());
    }
}

using Enforcement.Content;
using Enforcement.Publicity;

namespace Enforcement.Redaction;

/// <summary>
/// What redaction made of one decision: how much it masked by kind (身份证号, 手机号码 ...), each masked item
/// (field, line, kind; never the value) and each item its <c>keep:</c> list kept visible.
/// </summary>
public sealed record RedactionResult(PublicDecision Decision, IReadOnlyDictionary<string, int> MaskedByKind)
{
    public IReadOnlyList<MaskedItem> Masked { get; init; } = [];
    public IReadOnlyList<KeptItem> Kept { get; init; } = [];

    /// <summary>The decision's secrets as redaction searched them: what the leak gate then looks for in every output.</summary>
    public IReadOnlyList<Secret> Secrets { get; init; } = [];
}

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
        var policy = new LabelPolicy(natural, site.MaskPartyNames, d.Party.Name);
        var texts = new LabelledTexts(policy, numbers);
        var secrets = DecisionSecrets.Of(d, site, NamesIn(d, texts));
        var masker = new TextMasker(secrets, numbers, publicData.Emails, texts,
            d.Keep.Select(TextFolding.Key).Where(k => k.Length > 0).ToList());
        var log = new MaskLog();
        var counts = log.Counts;
        string M(string s, string field) => masker.Mask(s, field, log);

        var partyName = natural && site.MaskPartyNames && !PartyNames.IsMasked(d.Party.Name)
            ? Count(log, "当事人", MaskKinds.PartyName, PartyNames.Masked(d.Party.Name))
            : M(d.Party.Name, "当事人");
        var representative = d.Party.Representative is null ? null
            : DecisionSecrets.RepresentativeIsSecret(d) ? Count(log, "负责人", MaskKinds.OtherPersonName, PartyNames.Masked(d.Party.Representative))
            : M(d.Party.Representative, "负责人");
        // A natural person's ID number is never shown, not even masked.
        var partyCode = natural || d.Party.Code is null ? null : M(d.Party.Code, "代码");

        var pd = new PublicDecision(
            Number: d.Number,
            Title: M(d.Title, "标题"),
            Year: d.Year,
            Slug: d.Slug,
            BodySlug: d.BodySlug,
            PartyKind: d.Party.Kind,
            PartyName: partyName,
            PartyCode: partyCode,
            Representative: representative,
            Decided: d.Decided,
            Published: d.Published,
            Category: M(d.Category, "类别"),
            Violation: M(d.Violation, "违法行为"),
            Basis: M(d.Basis, "依据"),
            Penalties: d.Penalties.Select(p => p with { Kind = M(p.Kind, "处罚种类") }).ToList(),
            Status: d.Status,
            Withdrawn: d.Withdrawn is { } w ? w with { Reason = M(w.Reason, "撤下理由") } : null,
            State: PublicityRules.StateOn(d, site.Retention, today),
            PublicUntil: PublicityRules.EndOf(d, site.Retention),
            Text: M(d.Text, "正文"));
        return new RedactionResult(pd, counts) { Masked = log.Masked, Kept = log.Kept, Secrets = secrets };
    }

    /// <summary>
    /// Masks free text the portal publishes outside a decision (an inspection result, a notice): the same
    /// shapes, labels and words as in a decision's text, with <paramref name="publicData"/> kept visible.
    /// </summary>
    public static string RedactText(string text, PublicData publicData, IReadOnlyList<string>? keep = null) =>
        new TextMasker([], publicData.Numbers, publicData.Emails, new LabelledTexts(LabelPolicy.Organisation, publicData.Numbers),
            (keep ?? []).Select(TextFolding.Key).Where(k => k.Length > 0).ToList()).Mask(text, "正文", new MaskLog());

    /// <summary>Names written after role labels anywhere in the decision, so that their other mentions are masked too.</summary>
    public static IEnumerable<(string Name, string Kind)> NamesIn(Decision d, LabelPolicy policy, PublicNumbers? numbers) =>
        NamesIn(d, new LabelledTexts(policy, numbers));

    private static IEnumerable<(string Name, string Kind)> NamesIn(Decision d, LabelledTexts texts)
    {
        foreach (var text in new[] { d.Text, d.Title, d.Violation })
        {
            var (folded, values) = texts.Read(text);
            foreach (var v in values)
                if (v.Name is { } name) yield return (name, v.Kind);
                // 微信名：海波哥 … 海波哥说货没问题: a name a person goes by, in Chinese, is the person's wherever it is used again.
                else if (v.Kind == MaskKinds.Account && v.End - v.Start is >= 3 and <= 8 && folded.AsSpan(v.Start, v.End - v.Start).IndexOfAnyExceptInRange('\u4E00', '\u9FFF') < 0)
                    yield return (folded[v.Start..v.End], MaskKinds.Account);
        }
    }

    private static string Count(MaskLog log, string field, string kind, string replacement)
    {
        log.Add(field, 1, kind);
        return replacement;
    }
}

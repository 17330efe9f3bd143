using Enforcement.Content;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>Decisions and settings for tests, with everything a test does not care about filled in.</summary>
internal static class Samples
{
    public static SiteSettings Site(bool maskPartyNames = true, string retentionDefault = "5y", string retentionNatural = "2y")
    {
        RetentionPeriod.TryParse(retentionDefault, out var d);
        RetentionPeriod.TryParse(retentionNatural, out var n);
        return new SiteSettings("宜春市市场监督管理局行政执法公示平台", "https://zfgs.example.gov.cn", "/api",
            new RetentionSettings(d, n), maskPartyNames, new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"));
    }

    public static Decision Organisation(string text = "", string slug = "food-12", int year = 2025) => new(
        SourcePath: $"decisions/{year}/{slug}.md", Year: year, Slug: slug,
        Number: $"宜市监处罚〔{year}〕{Math.Abs(slug.GetHashCode() % 1000)}号",
        Title: "宜春市某某食品有限公司销售超过保质期食品案", BodySlug: "yichun-amr",
        Party: new Party(PartyKind.Organization, "宜春市某某食品有限公司", "91360902MA35L7XXXX", null),
        Decided: new DateOnly(2025, 3, 1), Published: new DateOnly(2025, 3, 8),
        Category: "食品安全", Violation: "销售超过保质期的食品", Basis: "《中华人民共和国食品安全法》第一百二十四条第一款第(五)项",
        Penalties: [new Penalty("罚款", 50000m), new Penalty("没收违法所得", 1200m)],
        Status: DecisionStatus.InForce, Withdrawn: null, Expires: null, Redact: [], Text: text);

    public static Decision Person(string name = "王小明", string? code = "360902199001011233", string text = "", string slug = "person-1", int year = 2025) =>
        Organisation(text, slug, year) with
        {
            Title = $"{name}销售超过保质期食品案",
            Party = new Party(PartyKind.NaturalPerson, name, code, null),
        };

    /// <summary>A code that is both a valid 统一社会信用代码 and a valid 身份证号 (rare, but it happens).</summary>
    public static string CodeThatIsAlsoAnId()
    {
        var rng = new Random(3);
        while (true)
        {
            var first17 = "130229" + new DateOnly(1950, 1, 1).AddDays(rng.Next(20000)).ToString("yyyyMMdd") + rng.Next(1000).ToString("D3");
            var code = first17 + Enforcement.Redaction.IdNumbers.CheckChar(first17);
            if (Enforcement.Redaction.CreditCodes.IsValid(code)) return code;
        }
    }

    /// <summary>The text of an organisation's decision as redaction publishes it (宜春市嘉禾食品有限公司, optionally with its representative).</summary>
    public static string RedactOrg(string text, string? representative = null) =>
        Enforcement.Redaction.Redactor.Redact(Organisation(text) with { Party = new Party(PartyKind.Organization, "宜春市嘉禾食品有限公司", "91360902MA35L7K839", representative) },
            Site(), RedactionDay).Decision.Text;

    /// <summary>The text of a natural person's decision as redaction publishes it.</summary>
    public static string RedactPerson(string text, string name = "王小明") =>
        Enforcement.Redaction.Redactor.Redact(Person(name, text: text), Site(), RedactionDay).Decision.Text;

    public static readonly DateOnly RedactionDay = new(2025, 6, 1);

    public static Decision Published(this Decision d, string published) => d with { Published = DateOnly.Parse(published) };
}

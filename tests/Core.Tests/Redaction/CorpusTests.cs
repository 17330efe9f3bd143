using System.Text;
using Enforcement.Content;
using Enforcement.Redaction;
using Markdig;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Redaction/Corpus: decisions written the way real 行政处罚决定书 are, each listing the personal data planted
/// in it (secret:) and the public facts beside it (public:): 文书号, credit codes, officers' certificates,
/// amounts in digits and in 大写, batch numbers whose check digit may pass Luhn, dates opening paragraphs, the
/// agency's phone. Zero leaks, zero damaged facts; and the gate sees the secrets in the unredacted pages.
/// </summary>
public class CorpusTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private sealed record Case(Decision Decision, IReadOnlyList<string> Secrets, IReadOnlyList<string> Public);

    private static IReadOnlyList<Case> Load()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Redaction", "Corpus");
        return Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).Select(Parse).ToList();
    }

    private static Case Parse(string file)
    {
        var all = File.ReadAllText(file);
        var split = all.IndexOf("\n---\n", StringComparison.Ordinal);
        var header = all[..split].Split('\n').Select(l => l.Split(": ", 2)).ToLookup(p => p[0], p => p[1]);
        var slug = Path.GetFileNameWithoutExtension(file);
        var kind = header["kind"].Single() switch
        {
            "natural-person" => PartyKind.NaturalPerson,
            "individual-business" => PartyKind.IndividualBusiness,
            _ => PartyKind.Organization,
        };
        var d = Samples.Organisation(all[(split + 5)..], slug, 2025) with
        {
            Number = header["number"].Single(),
            Title = kind == PartyKind.NaturalPerson ? header["name"].Single() + "销售超过保质期食品案" : header["name"].Single() + "销售超过保质期食品案",
            Party = new Party(kind, header["name"].Single(), header["code"].SingleOrDefault(), header["representative"].SingleOrDefault()),
        };
        return new Case(d, header["secret"].ToList(), header["public"].ToList());
    }

    private static PortalContent Content(IReadOnlyList<Decision> decisions)
    {
        var body = new Body("yichun-amr", "宜春市市场监督管理局", "行政机关", "11360900MB1766311A", "宜春市袁州区宜阳大道 1 号", "0795-3261234",
            "工作日 8:30-12:00", ["负责市场综合监督管理"], [], [], new Remedies("宜春市人民政府", "袁州区人民法院"), [], "fzk@example.gov.cn");
        var officers = new[] { ("张静", "36090012389"), ("谢春华", "36090012647"), ("刘敏", "36090013012"), ("胡杰", "36090013155"), ("彭磊", "36090013290") }
            .Select(o => new Officer(o.Item1, o.Item2, "yichun-amr", "执法稽查局", "科员", ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, null)).ToList();
        return new PortalContent(Samples.Site(), [body], officers, [], decisions, []);
    }

    private static string Page(PublicDecision d) =>
        $"<html><head><title>{d.Title}</title></head><body><h1>{d.Title}</h1><dl><dt>当事人</dt><dd>{d.PartyName}</dd>"
        + $"<dt>负责人</dt><dd>{d.Representative}</dd></dl><article>{Markdown.ToHtml(d.Text, Pipeline)}</article></body></html>";

    private static string DigitsOf(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in TextFolding.FoldNumerals(s)) if (char.IsAsciiDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    [Fact]
    public void The_corpus_holds_at_least_a_hundred_decisions_each_with_secrets_and_public_facts()
    {
        var cases = Load();
        Assert.True(cases.Count >= 100, $"{cases.Count} decisions");
        Assert.All(cases, c => { Assert.NotEmpty(c.Secrets); Assert.NotEmpty(c.Public); });
    }

    [Fact]
    public void No_secret_survives_and_no_public_fact_is_damaged()
    {
        var cases = Load();
        var content = Content(cases.Select(c => c.Decision).ToList());
        var publicData = PublicData.From(content);
        var problems = new List<string>();
        foreach (var c in cases)
        {
            var pd = Redactor.Redact(c.Decision, content.Site, Today, publicData).Decision;
            var page = Page(pd);
            foreach (var s in c.Secrets)
            {
                var isNumber = s.All(char.IsAsciiDigit) && s.Length >= 8;
                if (page.Contains(s, StringComparison.Ordinal) || isNumber && DigitsOf(page).Contains(s, StringComparison.Ordinal))
                    problems.Add($"{c.Decision.SourcePath}: leaked {s}");
            }
            foreach (var p in c.Public)
                if (!(pd.Number + "\n" + pd.Text).Contains(p, StringComparison.Ordinal)) problems.Add($"{c.Decision.SourcePath}: damaged {p}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
    }

    [Fact]
    public void The_gate_passes_the_redacted_pages_and_stops_every_unredacted_one()
    {
        var cases = Load();
        var content = Content(cases.Select(c => c.Decision).ToList());
        var publicData = PublicData.From(content);
        string PathOf(Decision d) => $"site/decisions/{d.Year}/{d.Slug}/index.html";
        var redacted = cases.Select(c => new PublishedText(PathOf(c.Decision), Page(Redactor.Redact(c.Decision, content.Site, Today, publicData).Decision)));
        var leaks = LeakGate.Scan(redacted, content);
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(40)));

        var raw = cases.Select(c => new PublishedText(PathOf(c.Decision), $"<article>{Markdown.ToHtml(c.Decision.Text, Pipeline)}</article>"));
        var caught = LeakGate.Scan(raw, content).Select(l => l.Path).ToHashSet();
        var missed = cases.Where(c => !caught.Contains(PathOf(c.Decision))).Select(c => c.Decision.SourcePath).ToList();
        Assert.True(missed.Count == 0, "the gate saw nothing in: " + string.Join(", ", missed));
    }
}

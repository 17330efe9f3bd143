using Enforcement.Redaction;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

public sealed class SiteBuilderTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly string _content;
    private readonly string _out;

    public SiteBuilderTests()
    {
        _content = Scratch.CopyOfFixture(_root);
        _out = Path.Combine(_root, "out");
    }

    public void Dispose() => Scratch.Delete(_root);

    private BuildResult Build(string? outDir = null, OutputScan? scan = null, string? report = null) =>
        SiteBuilder.Run(new BuildOptions(_content, outDir ?? _out, TestSite.Today, report), scan);

    internal static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.ReadAllBytes);

    /// <summary>Staging or old folders left beside out/ (out.cache, kept for the next build on purpose, is not one).</summary>
    private string[] Leftovers() => Directory.GetDirectories(_root).Select(Path.GetFileName)
        .Where(n => n!.StartsWith("out.", StringComparison.Ordinal) && n != "out.cache").ToArray()!;

    [Fact]
    public void Bad_content_fails_with_file_and_key_and_leaves_the_previous_out_untouched()
    {
        Assert.True(Build().Succeeded);
        var before = Snapshot(_out);
        File.WriteAllText(Path.Combine(_content, "decisions", "2025", "broken.md"), """
            ---
            number: 测市监处罚〔2025〕99号
            title: 错误案件
            body: no-such-body
            party: {kind: organization, name: 某公司}
            decided: 2025-13-01
            published: 2025-05-01
            category: 食品安全
            violation: 违法
            basis: 某法
            penalties: [{kind: 警告}]
            status: in-force
            ---
            正文
            """);

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == "decisions/2025/broken.md" && e.Key == "body");
        Assert.Contains(result.Errors, e => e.File == "decisions/2025/broken.md" && e.Key == "decided");
        var after = Snapshot(_out);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void A_leak_stops_the_build_names_the_file_and_keeps_the_previous_out()
    {
        Assert.True(Build().Succeeded);
        var before = Snapshot(_out);
        File.WriteAllText(Path.Combine(_content, "pages", "guide.md"), "---\ntitle: 办事指南\n---\n新版本的内容。\n");
        var scanned = new List<string>();
        OutputScan scanner = (outputs, _) =>
        {
            var list = outputs.ToList();
            scanned.AddRange(list.Select(o => o.Path));
            return list.Where(o => o.Text.Contains("新版本的内容")).Select(o => new Leak(o.Path, "测试")).ToList();
        };

        var result = Build(scan: scanner);

        Assert.False(result.Succeeded);
        Assert.Equal([new Leak("site/guide/index.html", "测试")], result.Leaks);
        Assert.Equal(before.Keys.Order(), Snapshot(_out).Keys.Order());
        Assert.DoesNotContain("新版本的内容", File.ReadAllText(Path.Combine(_out, "site", "guide", "index.html")));
        Assert.Empty(Leftovers());
        // The gate saw the pages, the feeds, the redirects, the registry, the shell and every indexed decision.
        Assert.Contains("site/index.html", scanned);
        Assert.Contains("site/feed.xml", scanned);
        Assert.Contains("site/sitemap.xml", scanned);
        Assert.Contains("site/_redirects", scanned);
        Assert.Contains("site/assets/site.css", scanned);
        Assert.Contains("data/registry.json", scanned);
        Assert.Contains("data/shell.html", scanned);
        Assert.Contains("data/console-shell.html", scanned);
        Assert.Contains("search index: 测市监处罚〔2025〕12号", scanned);
        Assert.DoesNotContain("search index: 测市监处罚〔2024〕7号", scanned);
    }

    [Theory]
    [InlineData("https://zfgs.example.gov.cn/officers/36090012345/?token=17.AbC-dEf_12345678")] // a card with a serial
    [InlineData("/officers/36090012345/?token=AbC-dEf_12345678")]                              // a card printed before serials
    public void A_card_token_in_any_output_stops_the_build_and_keeps_the_previous_out(string link)
    {
        Assert.True(Build().Succeeded);
        var before = Snapshot(_out);
        File.WriteAllText(Path.Combine(_content, "pages", "guide.md"), $"---\ntitle: 办事指南\n---\n扫码评价：[{link}]({link})\n");

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.Contains(new Leak("site/guide/index.html", CardTokenCheck.Kind), result.Leaks);
        Assert.Equal(before.Keys.Order(), Snapshot(_out).Keys.Order());
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void The_placeholders_in_the_API_rules_are_not_taken_for_card_tokens()
    {
        Assert.True(Build().Succeeded);
        Assert.Contains("token=:token", File.ReadAllText(Path.Combine(_out, "site", "_redirects")));
        Assert.DoesNotContain(Directory.EnumerateFiles(_out, "*", SearchOption.AllDirectories),
            f => Enforcement.Cards.CardToken.InLink().IsMatch(File.ReadAllText(f, System.Text.Encoding.Latin1)));
    }

    [Fact]
    public void A_removed_decision_does_not_linger_after_a_rebuild()
    {
        Assert.True(Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(_out, "site", "decisions", "2025", "prepaid-3", "index.html")));
        File.WriteAllText(Path.Combine(_out, "site", "stray.txt"), "left by hand");
        File.Delete(Path.Combine(_content, "decisions", "2025", "prepaid-3.md"));

        Assert.True(Build().Succeeded);

        Assert.False(Directory.Exists(Path.Combine(_out, "site", "decisions", "2025", "prepaid-3")));
        Assert.False(File.Exists(Path.Combine(_out, "site", "stray.txt")));
        Assert.DoesNotContain("prepaid-3", File.ReadAllText(Path.Combine(_out, "site", "sitemap.xml")));
        Assert.DoesNotContain("prepaid-3", File.ReadAllText(Path.Combine(_out, "site", "feed.xml")));
        Assert.Empty(Leftovers());
    }

    [Fact]
    public void Output_has_the_published_site_and_the_private_data_side_by_side()
    {
        var result = Build();
        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(_out, "data", "registry.json")));
        Assert.True(Directory.Exists(Path.Combine(_out, "data", "index")));
        Assert.False(File.Exists(Path.Combine(_out, "site", "registry.json")));

        var shell = File.ReadAllText(Path.Combine(_out, "data", "shell.html"));
        Assert.Contains("<title>{{title}} - 测试市行政执法公示平台</title>", shell);
        Assert.Contains("<h1>{{title}}</h1>", shell);
        Assert.Contains("<!--content-->", shell);

        // The console's frame, served on the API's own address: the site's pages by its address, no search box
        // (its form could only post to the API), and the stylesheets beside it for the API to serve.
        var console = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_out, "data", "console-shell.html")));
        var links = console.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#') && !h.StartsWith("tel:")).ToList();
        Assert.Contains("https://zfgs.example.gov.cn/decisions/", links);
        Assert.All(links, href => Assert.StartsWith("https://zfgs.example.gov.cn/", href));
        Assert.Empty(console.QuerySelectorAll("form"));
        Assert.Equal("/assets/site.css", console.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_out, "site", "assets", "site.css")), File.ReadAllBytes(Path.Combine(_out, "data", "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(_out, "data", "assets", "cards.css")));

        var registry = Enforcement.Registry.PortalRegistry.Load(Path.Combine(_out, "data"));
        Assert.Equal(TestSite.Today, registry.BuiltFor);
        Assert.Equal(5, registry.Officers.Count);
        // Public and withdrawn decisions; never the ended or the not yet public ones.
        Assert.Equal(
            new[] { "测工信罚〔2024〕1号", "测商务罚〔2025〕3号", "测市监处罚〔2024〕7号", "测市监处罚〔2025〕12号", "测市监处罚〔2025〕20号" }.ToHashSet(),
            registry.Decisions.Select(d => d.Number).ToHashSet());
        Assert.True(registry.Decisions.Single(d => d.Number == "测市监处罚〔2024〕7号").Withdrawn);

        var summary = result.Summary!;
        Assert.Equal((4, 1, 1, 1), (summary.Public, summary.Withdrawn, summary.Ended, summary.NotYet));
    }

    [Fact]
    public void Report_lists_every_decision_with_its_state_for_staff()
    {
        var report = Path.Combine(_root, "report.csv");
        Assert.True(Build(report: report).Succeeded);
        var lines = File.ReadAllLines(report);
        Assert.StartsWith("文书号,文件,状态,合计", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(8, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("测市监处罚〔2022〕3号,decisions/2022/food-3.md,公示期满,"));
        Assert.Contains(lines, l => l.StartsWith("测市监处罚〔2026〕1号,decisions/2026/future-1.md,未到公示日期,"));
    }

    [Fact]
    public void Report_can_be_json()
    {
        var report = Path.Combine(_root, "report.json");
        Assert.True(Build(report: report).Succeeded);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.Contains(rows, r => r.GetProperty("number").GetString() == "测市监处罚〔2024〕7号" && r.GetProperty("state").GetString() == "已撤下");
    }

    [Fact]
    public void A_certificate_that_would_escape_its_folder_is_refused()
    {
        var officers = Path.Combine(_content, "officers", "test-commerce.yml");
        File.WriteAllText(officers, File.ReadAllText(officers).Replace("\"36090022001\"", "\"../../evil\""));
        var result = Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.File == "officers/test-commerce.yml" && e.Key == "certificate");
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void A_service_link_to_a_page_the_site_does_not_have_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_content, "search"));
        File.WriteAllText(Path.Combine(_content, "search", "synonyms.yml"), """
            synonyms: []
            services:
              - {words: [查执法证], title: 核验执法人员身份, url: /officers/}
              - {words: [投诉电话], title: 投诉, url: /complaints/}
            """);
        var result = Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("search/synonyms.yml", "services[1].url"), (error.File, error.Key));
        Assert.Contains("不是本站的页面", error.Message);
        Assert.False(Directory.Exists(_out));
    }
}

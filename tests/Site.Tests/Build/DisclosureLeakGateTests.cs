using Enforcement.Redaction;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

/// <summary>The leak gate over the 三项制度 outputs: inspection pages, figures, open data, disclosure sub-pages.</summary>
public sealed class DisclosureLeakGateTests : IDisposable
{
    private readonly string _root = Scratch.NewFolder();
    private readonly string _content;
    private readonly string _out;

    public DisclosureLeakGateTests()
    {
        _content = Scratch.CopyOfFixture(_root);
        _out = Path.Combine(_root, "out");
    }

    public void Dispose() => Scratch.Delete(_root);

    private BuildResult Build(OutputScan? scan = null) =>
        SiteBuilder.Run(new BuildOptions(_content, _out, TestSite.Today), scan);

    [Fact]
    public void The_gate_sees_every_new_page_and_open_data_file()
    {
        var scanned = new List<string>();
        OutputScan scanner = (outputs, content) =>
        {
            scanned.AddRange(outputs.Select(o => o.Path));
            return LeakGate.Scan([], content);
        };
        Assert.True(Build(scanner).Succeeded);
        foreach (var path in new[]
        {
            "site/inspections/index.html", "site/inspections/2025/food-2025/index.html",
            "site/statistics/index.html", "site/statistics/2025/index.html", "site/statistics/2025/test-amr/index.html",
            "site/statistics/2025/figures.csv", "site/statistics/2025/test-amr/figures.json",
            "site/bodies/test-amr/services/index.html", "site/bodies/test-amr/discretion/index.html", "site/bodies/test-amr/legal-review/index.html",
        })
            Assert.Contains(path, scanned);
        // And each result as it went into the search index.
        Assert.Contains("search index: /inspections/2025/food-2025/#result-2", scanned);
    }

    [Fact]
    public void An_operator_named_in_another_result_stops_the_build_and_names_the_inspection_file()
    {
        // 黄小红 is the operator of one result (masked there); written into another result's note, that
        // redaction does not know her: only the gate stands between the name and the page.
        var file = Path.Combine(_content, "inspections", "2025", "food-2025.yml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("    outcome: 未发现问题\n", "    outcome: 未发现问题\n    note: 由黄小红陪同检查。\n"));

        var result = Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Leaks, l => l.Path == "site/inspections/2025/food-2025/index.html" && l.Source == "inspections/2025/food-2025.yml");
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public void A_phone_of_the_service_guides_is_published_on_purpose()
    {
        Assert.True(Build().Succeeded);
        Assert.Contains("0795-3210099", File.ReadAllText(Path.Combine(_out, "site", "bodies", "test-amr", "services", "index.html")));
    }

    [Fact]
    public void Results_come_down_when_their_own_period_from_site_settings_ends()
    {
        var site = Path.Combine(_content, "site.yml");
        // 20 June 2025 + 6 months: down on 20 December 2025, before the build day (1 March 2026).
        File.WriteAllText(site, File.ReadAllText(site).Replace("  naturalPerson: 2y", "  naturalPerson: 2y\n  inspections: 6m"));
        Assert.True(Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(_out, "site", "inspections", "2025", "food-2025", "index.html")));
        Assert.Contains("暂无公示的抽查结果", File.ReadAllText(Path.Combine(_out, "site", "inspections", "index.html")));
        // The yearly figures still count the checks: they are aggregates, nobody is named.
        Assert.Contains("3 户", File.ReadAllText(Path.Combine(_out, "site", "statistics", "2025", "test-amr", "index.html")));
    }
}

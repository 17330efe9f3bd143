using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Enforcement.Content;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Site.Tests.Cards;

/// <summary>Renders card components as the build does, and the sample people and settings they show.</summary>
internal static class CardRendering
{
    public static readonly SiteSettings Site = new("宜春市市场监督管理局行政执法公示平台", "https://zfgs.example.gov.cn", "/api",
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)), true,
        new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"));

    public static readonly Body Body = new("yichun-amr", "宜春市市场监督管理局", "行政机关", "11360900MB1766311A", "宜春市袁州区宜阳大道 1 号",
        "0795-3210000", "工作日", [], [], [], new Remedies("宜春市人民政府", "宜春市袁州区人民法院"), [], "fzk@example.gov.cn");

    public static Officer Officer(string certificate = "36090012345", string name = "李明") => new(name, certificate, "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法", "食品安全"], "宜春市袁州区", OfficerStatus.Active, new DateOnly(2028, 12, 31));

    public static string VerifyUrl(string certificate) => $"https://zfgs.example.gov.cn/officers/{certificate}/?token=AbC-dEf_123456789xyz";

    public static async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        await using var services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>What the strict Content-Security-Policy would block: inline styles, inline scripts, on* handlers.</summary>
    public static void AssertCspClean(IDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "inline <script>"));
        Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enforcement.sln not found");
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Enforcement.Content;
using Enforcement.Corrections;
using Enforcement.Site.Pages.Corrections;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Site.Tests.Corrections;

public class CorrectionPagesTests
{
    private static SiteSettings Site(string apiUrl = "/api") => new(
        "宜春市市场监督管理局行政执法公示平台", "https://zfgs.example.gov.cn", apiUrl,
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
        true, new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"));

    internal static async Task<string> RenderAsync<T>(SiteSettings site) where T : IComponent
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Site"] = site }))).ToHtmlString());
    }

    private static async Task<IDocument> PageAsync<T>(SiteSettings? site = null) where T : IComponent =>
        new HtmlParser().ParseDocument(await RenderAsync<T>(site ?? Site()));

    [Theory]
    [InlineData("/api", "/api/corrections")]
    [InlineData("https://api.example.gov.cn/api/", "https://api.example.gov.cn/api/corrections")]
    public async Task The_form_posts_multipart_to_the_api(string apiUrl, string action)
    {
        var form = (await PageAsync<CorrectionsPage>(Site(apiUrl))).QuerySelector("form#correction-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Equal(action, form.GetAttribute("action"));
    }

    [Fact]
    public async Task Without_its_script_the_page_does_not_say_the_number_is_filled_in()
    {
        // corrections.js fills it in from the 申请更正 link and says so; the page alone cannot (a phone with JavaScript off).
        var hint = (await PageAsync<CorrectionsPage>()).QuerySelector("#record-hint")!.TextContent;
        Assert.Contains("文书号", hint);
        Assert.DoesNotContain("填好", hint);
    }

    [Fact]
    public async Task The_form_sends_the_fields_the_api_reads()
    {
        var form = (await PageAsync<CorrectionsPage>()).QuerySelector("form#correction-form")!;
        var names = form.QuerySelectorAll("input, textarea, select").Select(e => e.GetAttribute("name")).ToHashSet();
        Assert.Equal(
            new HashSet<string?> { "decision", "certificate", "description", "correction", "evidence", "attachments", "name", "email", "phone", "consent", "website" },
            names);
        var required = form.QuerySelectorAll("[required]").Select(e => e.GetAttribute("name")).Order();
        Assert.Equal(["consent", "correction", "description", "email", "name"], required);
        Assert.Equal("true", form.QuerySelector("input[name=consent]")!.GetAttribute("value"));
        // The phone's e-mail keyboard, but no browser check that would refuse a full-width address the server folds.
        Assert.Equal(("text", "email", "email"), (form.QuerySelector("input[name=email]")!.GetAttribute("type"),
            form.QuerySelector("input[name=email]")!.GetAttribute("inputmode"), form.QuerySelector("input[name=email]")!.GetAttribute("autocomplete")));
        Assert.Contains("application/pdf", form.QuerySelector("input[name=attachments]")!.GetAttribute("accept"));
        Assert.NotNull(form.QuerySelector("input[name=attachments]")!.GetAttribute("multiple"));
    }

    [Fact]
    public async Task Every_field_is_labelled_and_grouped_in_a_fieldset_with_a_legend()
    {
        var page = await PageAsync<CorrectionsPage>();
        var fields = page.QuerySelectorAll("form#correction-form input, form#correction-form textarea").ToList();
        Assert.NotEmpty(fields);
        foreach (var field in fields)
        {
            var label = page.QuerySelector($"label[for='{field.Id}']");
            Assert.True(label is not null && label.TextContent.Trim().Length > 0, $"{field.GetAttribute("name")} has a label");
        }
        var fieldsets = page.QuerySelectorAll("form#correction-form fieldset").ToList();
        Assert.Equal(4, fieldsets.Count);
        Assert.All(fieldsets, f => Assert.False(string.IsNullOrWhiteSpace(f.QuerySelector("legend")?.TextContent)));
        Assert.All(page.QuerySelectorAll("[aria-describedby]"), e =>
            Assert.All(e.GetAttribute("aria-describedby")!.Split(' '), id => Assert.NotNull(page.GetElementById(id))));
    }

    [Fact]
    public async Task The_form_states_the_limits_the_api_enforces()
    {
        var page = await PageAsync<CorrectionsPage>();
        // The browser counts UTF-16 units (an emoji is two): it allows twice the characters the API counts.
        Assert.Equal((2 * CorrectionLimits.MaxTextLength).ToString(), page.QuerySelector("textarea[name=description]")!.GetAttribute("maxlength"));
        // The texts' limit is said before it is met: a 3,000-character paste was refused only once sent.
        Assert.Contains($"每项不超过 {CorrectionLimits.MaxTextLength} 字", page.QuerySelector("textarea[name=description]")!.Closest("fieldset")!.TextContent);
        Assert.Contains($"不超过 {CorrectionLimits.MaxTextLength} 字", page.GetElementById("evidence-hint")!.TextContent);
        var hint = page.GetElementById("attachments-hint")!.TextContent;
        Assert.Contains($"最多 {AttachmentTypes.MaxCount} 个", hint);
        Assert.Contains("5 MB", hint);
        Assert.Contains("不会公开", hint);
    }

    [Fact]
    public async Task The_honeypot_is_hidden_from_people()
    {
        var page = await PageAsync<CorrectionsPage>();
        var honeypot = page.QuerySelector("input[name=website]")!;
        Assert.NotNull(honeypot.Closest("[hidden]"));
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData(typeof(CorrectionsPage))]
    [InlineData(typeof(CorrectionStatusPage))]
    public async Task Pages_keep_to_the_strict_content_security_policy(Type page)
    {
        var html = page == typeof(CorrectionsPage) ? await RenderAsync<CorrectionsPage>(Site()) : await RenderAsync<CorrectionStatusPage>(Site());
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("[style], style"));
        Assert.All(document.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "no inline script"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain("&#x", html); // Chinese as text
    }

    [Fact]
    public async Task The_form_page_loads_its_enhancement_script_from_assets()
    {
        var page = await PageAsync<CorrectionsPage>();
        Assert.Contains("/assets/corrections.js", page.QuerySelectorAll("main script").Select(s => s.GetAttribute("src")));
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Assets", "corrections.js")));
    }

    [Fact]
    public void The_script_names_the_fields_as_the_apis_summary_does()
    {
        // corrections.js writes the summary where it runs, the API where it does not: one field, one name.
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Assets", "corrections.js"));
        var block = System.Text.RegularExpressions.Regex.Match(script, @"var LABELS = \{(?<body>[^}]*)\}").Groups["body"].Value;
        var labels = System.Text.RegularExpressions.Regex.Matches(block, @"(\w+): '([^']+)'").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(Enforcement.Ui.Corrections.CorrectionRequestForm.Labels.OrderBy(l => l.Key), labels.OrderBy(l => l.Key));
    }

    [Fact]
    public async Task The_status_page_offers_a_plain_lookup_form_and_explains_every_status()
    {
        var page = await PageAsync<CorrectionStatusPage>();
        var form = page.QuerySelector("main form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/corrections/status/", form.GetAttribute("action"));
        Assert.Equal(["ticket", "token"], form.QuerySelectorAll("input").Select(i => i.GetAttribute("name")));
        Assert.All(form.QuerySelectorAll("input"), i => Assert.NotNull(page.QuerySelector($"label[for='{i.Id}']")));

        var explained = page.QuerySelectorAll("dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(Enum.GetValues<CorrectionStatus>().Select(s => s.Label()).Order(), explained.Order());
        Assert.Contains("市局执法监督科", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("Decision", "宜市监处罚〔2025〕12号", "/corrections/?decision=%E5%AE%9C%E5%B8%82%E7%9B%91%E5%A4%84%E7%BD%9A%E3%80%942025%E3%80%9512%E5%8F%B7")]
    [InlineData("Certificate", "36090012345", "/corrections/?certificate=36090012345")]
    public async Task The_link_for_record_pages_carries_the_record_to_the_form(string parameter, string value, string href)
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<CorrectionLink>(
            ParameterView.FromDictionary(new Dictionary<string, object?> { [parameter] = value }))).ToHtmlString());
        var link = new HtmlParser().ParseDocument(html).QuerySelector("a")!;
        Assert.Equal("申请更正", link.TextContent);
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(value, Uri.UnescapeDataString(link.GetAttribute("href")!.Split('=')[1]));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Corrections;

/// <summary>Debian's Chromium, headless, shared by the tests of a class (each test has its own context and portal).</summary>
public sealed class Chromium : IAsyncLifetime
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = Args });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}

/// <summary>Headless Chromium from a decision page, through the correction form, to the status page.</summary>
[Trait("Category", "Slow")]
public class CorrectionFlowTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly FilePayload Evidence = new()
    {
        Name = "决定书第2页.pdf",
        MimeType = "application/pdf",
        Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"),
    };

    private static async Task FillAsync(IPage page)
    {
        await page.GetByLabel("哪里有误").FillAsync("公示的罚款金额为 50000 元。");
        await page.GetByLabel("应更正为").FillAsync("决定书原件中的罚款金额为 5000 元。");
        await page.GetByLabel("材料说明").FillAsync("决定书原件第 2 页。");
        await page.GetByLabel("附件").SetInputFilesAsync(Evidence);
        await page.GetByLabel("姓名").FillAsync("张三");
        await page.GetByLabel("电子邮箱").FillAsync("zhangsan@example.com");
        await page.GetByLabel("联系电话").FillAsync("13812345678");
        await page.GetByLabel("我同意").CheckAsync();
    }

    [Fact]
    public async Task From_a_decision_page_through_the_form_to_the_status_page()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.Address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync(PreviewPortal.DecisionPage);
        await page.GetByRole(AriaRole.Link, new() { Name = "申请更正" }).ClickAsync();
        // By polling the address: WaitForURL waits for a load state too, which a loaded CI machine held past the timeout
        // although the page had arrived.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/corrections/\\?decision="), new() { Timeout = 30_000 });
        Assert.Equal(PreviewPortal.Decision, await page.GetByLabel("文书号").InputValueAsync());
        Assert.EndsWith("已按您点击“申请更正”的公示页面填好，请核对。", await page.Locator("#record-hint").TextContentAsync());

        // A mistake first: the error appears by its field, in Chinese, without leaving the page.
        await page.GetByLabel("文书号").FillAsync("宜市监处罚〔2099〕1号");
        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var error = page.Locator("#decision-error");
        await error.WaitForAsync();
        Assert.Contains("未找到文书号", await error.TextContentAsync());
        Assert.Equal("true", await page.GetByLabel("文书号").GetAttributeAsync("aria-invalid"));
        // And it stands out: red, as on the rating form (the styles once lived only in the cards' stylesheet).
        Assert.Equal("rgb(183, 28, 28)", await error.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(183, 28, 28)", await page.Locator("#correction-errors").EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));

        await page.GetByLabel("文书号").FillAsync(PreviewPortal.Decision);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var done = page.Locator("#correction-done h2");
        await done.WaitForAsync();
        var ticket = Regex.Match((await done.TextContentAsync())!, @"GZ-\d{4}-\d{6}").Value;
        Assert.NotEmpty(ticket);
        // Where the confirmation went, so a mistyped address is noticed now.
        Assert.Equal("zhangsan@example.com", await page.Locator("#correction-done .mailed-to").TextContentAsync());

        // The private link from the e-mail opens the status page; confirming takes the button, not the visit.
        var link = await portal.ConfirmationLinkAsync(ticket);
        await page.GotoAsync(link);
        Assert.Contains(ticket, await page.Locator("main").TextContentAsync());
        Assert.Contains("待确认", await page.Locator("main dl").TextContentAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交申请" }).ClickAsync();
        await page.GetByText("申请已确认").WaitForAsync();
        // Left on the status page's own address, which can be saved and reloaded; not on the API's confirm address.
        Assert.Contains("/corrections/status/?ticket=", page.Url);
        var main = await page.Locator("main").TextContentAsync();
        Assert.Contains("已受理", main);
        Assert.Contains("答复期限", main);

        // Later, from the plain lookup form with the ticket and the code from the e-mail.
        var token = Uri.UnescapeDataString(Regex.Match(link, "token=([^&]+)").Groups[1].Value);
        await page.GotoAsync("/corrections/status/");
        await page.GetByLabel("申请编号").FillAsync(ticket);
        await page.GetByLabel("查询码").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        // The history itself (only the status page has a table), then its address. Not WaitForURL: when the page is already
        // there, it waits for the load event whatever it was asked (Commit reads as Load), and that timed out under a loaded
        // CI machine although the page had arrived.
        await page.Locator("main table").WaitForAsync();
        Assert.Matches(new Regex("/corrections/status/\\?ticket="), page.Url);
        var history = await page.Locator("main table").TextContentAsync();
        Assert.Contains("待确认", history);
        Assert.Contains("已受理", history);
    }

    [Fact]
    public async Task Whoever_lost_the_confirmation_mail_gets_the_link_again_from_the_status_page()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.Address.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/corrections/?decision={Uri.EscapeDataString(PreviewPortal.Decision)}");
        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var done = page.Locator("#correction-done h2");
        await done.WaitForAsync();
        var ticket = Regex.Match((await done.TextContentAsync())!, @"GZ-\d{4}-\d{6}").Value;
        // On one line at 390 px, as on the API's pages (it broke as GZ-2026- / 000001).
        Assert.Equal(ticket, await done.EvaluateAsync<string?>("h => h.querySelector('.unbroken')?.textContent ?? null"));
        Assert.Equal("nowrap", await done.EvaluateAsync<string?>("h => h.querySelector('.unbroken') && getComputedStyle(h.querySelector('.unbroken')).whiteSpace"));
        var first = await portal.ConfirmationLinkAsync(ticket);

        // The mail is gone: the status page offers the address instead of the 43-character code.
        await page.GotoAsync("/corrections/status/");
        // Typed with the input method still in full-width mode: the browser must let it through for the server to fold.
        await page.GetByLabel("提交申请时填写的电子邮箱").FillAsync("ＺｈａｎｇＳａｎ＠example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "发送进度链接" }).ClickAsync();
        await page.GetByText("我们已把每份申请新的进度链接发到该邮箱").WaitForAsync();

        var again = await portal.LostLinkAsync(ticket);
        Assert.NotEqual(first, again);
        await page.GotoAsync(again);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交申请" }).ClickAsync();
        await page.GetByText("申请已确认").WaitForAsync();
        Assert.Contains("已受理", await page.Locator("main dl").TextContentAsync());
    }

    [Fact]
    public async Task On_a_phone_every_box_to_write_in_is_as_wide_as_its_section()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = portal.Address.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/corrections/");

        // Not a narrow default box beside empty space (half the column before), where the 文书号 example did not fit.
        var narrow = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('#correction-form textarea, #correction-form input[type=text], #correction-form input[type=tel]')]
              .filter(f => f.offsetParent !== null && f.getBoundingClientRect().width < 0.9 * f.closest('fieldset').clientWidth - 40)
              .map(f => f.id)
            """);
        Assert.Empty(narrow);
    }

    [Fact]
    public async Task Without_javascript_the_link_fills_in_the_number_a_refused_form_comes_back_as_typed_and_files_the_request()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, BaseURL = portal.Address.ToString() });
        var page = await context.NewPageAsync();

        // The link from the decision: the proxy (here the preview, as Netlify and nginx do) has the API fill the number in.
        await page.GotoAsync(PreviewPortal.DecisionPage);
        await page.GetByRole(AriaRole.Link, new() { Name = "申请更正" }).ClickAsync();
        await page.Locator("#correction-form").WaitForAsync();
        Assert.Contains("/corrections/?decision=", page.Url);
        Assert.Equal(PreviewPortal.Decision, await page.GetByLabel("文书号").InputValueAsync());
        Assert.EndsWith("已按您点击“申请更正”的公示页面填好，请核对。", await page.Locator("#record-hint").TextContentAsync());

        // A phone number one digit short, which only the server can tell: the form comes back with everything typed,
        // the error beside the phone, and the file to choose again.
        await FillAsync(page);
        await page.GetByLabel("联系电话").FillAsync("1381234567");
        // The page the post answers with (no script: the browser follows the form to /api/corrections).
        Task<IResponse> SubmitAsync() => page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync(),
            r => r.Url.EndsWith("/api/corrections", StringComparison.Ordinal) && r.Request.Method == "POST");
        Assert.Equal(400, (await SubmitAsync()).Status);
        await page.Locator("#phone-error").WaitForAsync();
        Assert.Contains("联系电话格式不正确", await page.Locator("#phone-error").TextContentAsync());
        Assert.Equal("true", await page.GetByLabel("联系电话").GetAttributeAsync("aria-invalid"));
        Assert.Contains("附件须重新选择", await page.Locator("#correction-errors").TextContentAsync());
        Assert.Equal(PreviewPortal.Decision, await page.GetByLabel("文书号").InputValueAsync());
        Assert.Equal("张三", await page.GetByLabel("姓名").InputValueAsync());
        Assert.Equal("决定书原件中的罚款金额为 5000 元。", await page.GetByLabel("应更正为").InputValueAsync());
        Assert.True(await page.GetByLabel("我同意").IsCheckedAsync());

        await page.GetByLabel("联系电话").FillAsync("13812345678");
        await page.GetByLabel("附件").SetInputFilesAsync(Evidence);
        // Without JavaScript nothing stops the browser's own check: a full-width address must still reach the server.
        await page.GetByLabel("电子邮箱").FillAsync("ｚｈａｎｇｓａｎ＠example.com");
        Assert.Equal(302, (await SubmitAsync()).Status);
        await page.GetByText("请查收邮件并确认").WaitForAsync();
        var main = await page.Locator("main").TextContentAsync();
        var ticket = Regex.Match(main!, @"GZ-\d{4}-\d{6}").Value;
        // The browser went on to the request's own status page: a Reload opens it again, and files nothing twice.
        Assert.Contains($"/corrections/status/?ticket={ticket}&token=", page.Url);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync(ticket);
        Assert.Equal("zhangsan@example.com", await page.Locator(".mailed-to").TextContentAsync());
        Assert.StartsWith("http", await portal.ConfirmationLinkAsync(ticket));
    }

    [Fact]
    public async Task The_form_sent_empty_names_every_missing_field_in_chinese_not_in_a_browser_bubble()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = portal.Address.ToString(), Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/corrections/");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        var summary = page.Locator("#correction-errors");
        await summary.WaitForAsync();
        var text = await summary.TextContentAsync();
        Assert.Contains("姓名", text);
        Assert.Contains("电子邮箱", text);
        Assert.NotNull(await page.Locator("#email-error").TextContentAsync());
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Content;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Time;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Feedback;

/// <summary>码上监督 in a real browser: staff print the cards from the API, a shopkeeper follows one card's link, rates the visit, sees the thanks.</summary>
[Trait("Category", "Slow")]
public class CardToRatingTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Staff_print_the_sheet_a_shopkeeper_follows_one_cards_link_rates_the_visit_and_sees_the_thank_you_page()
    {
        var officers = new[] { PortalServer.Officer(), PortalServer.Officer("36090012399", "周芳") };
        using var server = new PortalServer(officers);
        var browser = chromium.Browser;
        var blocked = new List<string>();

        // The supervision office opens the body's sheet with its staff key and prints it.
        var staffContext = await browser.NewContextAsync(new() { Locale = "zh-CN", ExtraHTTPHeaders = new Dictionary<string, string> { [StaffKeys.Header] = PortalServer.StaffKey } });
        var staff = await staffContext.NewPageAsync();
        staff.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(message.Text);
        };
        var sheet = await staff.GotoAsync(new Uri(server.BaseAddress, $"/api/admin/cards/{PortalServer.Body.Slug}").ToString());
        Assert.Equal(200, sheet!.Status);
        Assert.Equal(PortalServer.Csp, await sheet.HeaderValueAsync("content-security-policy"));
        await Assertions.Expect(staff.Locator(".supervision-card")).ToHaveCountAsync(2);
        await Assertions.Expect(staff.Locator(".supervision-card .card-name dd").First).ToHaveTextAsync("李明");
        await Assertions.Expect(staff.Locator(".supervision-card .card-serial").First).ToHaveTextAsync("卡号 000001");
        var qr = await staff.Locator("svg.card-qr-code").First.BoundingBoxAsync();
        Assert.InRange(qr!.Width, 90, 100); // 25 mm at 96 px per inch: the stylesheet applied despite the CSP
        var printed = PrintedPdf.Pages(await staff.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var (sheetWidth, sheetHeight) = Assert.Single(printed);
        Assert.Equal(210 / 25.4 * 72, sheetWidth, 0.5);
        Assert.Equal(297 / 25.4 * 72, sheetHeight, 0.5);
        var link = (await staff.Locator(".card-link a").First.TextContentAsync())!.Trim();
        Assert.StartsWith(server.BaseAddress.ToString(), link);
        Assert.Contains("?token=1.", link);

        // The shopkeeper has no key: the sheet is not for them.
        var page = await browser.NewPageAsync(new() { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(message.Text);
        };
        var denied = await page.GotoAsync(new Uri(server.BaseAddress, $"/api/admin/cards/{PortalServer.Body.Slug}").ToString());
        Assert.Equal(401, denied!.Status);

        // The shopkeeper follows the link printed under the QR code.
        var verification = await page.GotoAsync(link);
        Assert.Equal(200, verification!.Status);
        await Assertions.Expect(page.Locator(".verdict-answer strong")).ToHaveTextAsync("有效");
        await Assertions.Expect(page.Locator("#visitDate")).ToHaveValueAsync(
            ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var honeypot = await page.Locator("#website").BoundingBoxAsync();
        Assert.True(honeypot is null || honeypot.X + honeypot.Width <= 0, "the honeypot is on screen");

        await page.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("主动出示执法证件").CheckAsync();
        await page.GetByLabel("文明规范").CheckAsync();
        await page.GetByLabel("补充说明").FillAsync("检查认真，态度很好。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("评价已提交");
        var reference = (await page.Locator(".reference strong").TextContentAsync())!.Trim();
        Assert.Matches(@"^PJ-\d{4}-\d{6}$", reference);
        // A phone reloads a tab left in the background: the thank-you page comes back with its reference, not 今天已评价过.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".reference strong")).ToHaveTextAsync(reference);

        // Scanned again the same day: the page says it was rated, rather than a form that would be refused once filled in.
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator(".verdict-answer strong")).ToHaveTextAsync("有效");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "今天已评价过" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("form.rating-form").CountAsync());
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task Without_JavaScript_a_mistake_comes_back_by_its_field_and_the_fixed_form_goes_through()
    {
        var officer = PortalServer.Officer();
        using var server = new PortalServer([officer]);
        var link = await server.CardLinkAsync(officer.Certificate);
        var browser = chromium.Browser;
        var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(link);
        await page.GetByLabel("不满意", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("乱罚款").CheckAsync();
        await page.GetByLabel("联系方式").FillAsync("请回电");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(page.Locator("#contact-error")).ToContainTextAsync("联系方式");
        Assert.True(await page.GetByLabel("乱罚款").IsCheckedAsync());
        await page.GetByLabel("联系方式").FillAsync("13800138000");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("评价已提交");
        await Assertions.Expect(page.Locator(".thanks")).ToContainTextAsync("已立即转交");
    }

    [Fact]
    public async Task The_comment_counts_as_it_is_typed_as_the_server_does_and_says_when_it_is_over_the_limit()
    {
        var officer = PortalServer.Officer();
        using var server = new PortalServer([officer]);
        var page = await chromium.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) blocked.Add(message.Text);
        };
        await page.GotoAsync(await server.CardLinkAsync(officer.Certificate));
        var count = page.Locator("#comment-count");
        await Assertions.Expect(count).ToHaveTextAsync("已输入 0/500 字");

        // An emoji and 𠀀 are one character each, as CharacterCount.Of counts them (the textarea's maxlength counts two).
        await page.GetByLabel("补充说明").FillAsync("检查认真😀𠀀");
        await Assertions.Expect(count).ToHaveTextAsync("已输入 6/500 字");
        // Read with the box: the hint that contacts in it are hidden from the officer's body, then the count.
        Assert.Equal("comment-hint comment-count", await page.Locator("#comment").GetAttributeAsync("aria-describedby"));

        await page.GetByLabel("补充说明").FillAsync(new string('好', 503));
        await Assertions.Expect(count).ToHaveTextAsync("已输入 503/500 字，超出 3 字，请删减后再提交。");
        await Assertions.Expect(count).ToHaveClassAsync(new Regex("char-count--over"));
        var status = page.Locator("#comment-count-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(status).ToHaveTextAsync("补充说明已超出 500 字（现有 503 字），请删减后再提交。");

        await page.GetByLabel("补充说明").FillAsync(new string('好', 500));
        await Assertions.Expect(count).ToHaveTextAsync("已输入 500/500 字");
        await Assertions.Expect(status).ToHaveTextAsync("补充说明已在 500 字以内。");
        Assert.Empty(blocked);
    }

    [Fact]
    public async Task A_paste_longer_than_the_box_holds_is_said_to_be_cut_not_cut_unseen()
    {
        var officer = PortalServer.Officer();
        using var server = new PortalServer([officer]);
        await using var context = await chromium.Browser.NewContextAsync(new() { Locale = "zh-CN", Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(await server.CardLinkAsync(officer.Certificate));
        var box = page.GetByLabel("补充说明");

        // A real paste of 1,200 characters: the browser keeps the box's maxlength (1,000) and drops the rest without a word,
        // where the count said only 超出 500 字, and the end of the text was gone unnoticed.
        await page.EvaluateAsync("text => navigator.clipboard.writeText(text)", new string('好', 1200));
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Control+V");
        Assert.Equal(1000, await box.EvaluateAsync<int>("b => b.value.length"));
        await Assertions.Expect(page.Locator("#comment-count"))
            .ToHaveTextAsync("已输入 1000/500 字，超出 500 字，请删减后再提交。输入框已满，超出的部分（如粘贴内容的末尾）没有填入，请核对。");
        await Assertions.Expect(page.Locator("#comment-count-status")).ToContainTextAsync("超出的部分（如粘贴内容的末尾）没有填入");

        // Shortened, the box is no longer full, and the line says only what is over.
        await box.FillAsync(new string('好', 600));
        await Assertions.Expect(page.Locator("#comment-count")).ToHaveTextAsync("已输入 600/500 字，超出 100 字，请删减后再提交。");
    }

    [Fact]
    public async Task Printing_gives_one_bank_card_sized_page_and_A4_sheets_of_ten()
    {
        var officers = Enumerable.Range(1, 13).Select(i => PortalServer.Officer($"3609001{i:D4}", $"人员{i}")).ToList();
        using var server = new PortalServer(officers);
        var cardUrl = new Uri(server.BaseAddress, $"/api/admin/cards/{PortalServer.Body.Slug}/{officers[0].Certificate}");
        var sheetUrl = new Uri(server.BaseAddress, $"/api/admin/cards/{PortalServer.Body.Slug}");
        var context = await chromium.Browser.NewContextAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { [StaffKeys.Header] = PortalServer.StaffKey } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(cardUrl.ToString());
        var single = PrintedPdf.Pages(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        var (width, height) = Assert.Single(single);
        Assert.Equal(85.6 / 25.4 * 72, width, 0.5);
        Assert.Equal(54 / 25.4 * 72, height, 0.5);

        await page.GotoAsync(sheetUrl.ToString());
        var sheets = PrintedPdf.Pages(await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true }));
        Assert.Equal(2, sheets.Count);
        Assert.All(sheets, s =>
        {
            Assert.Equal(210 / 25.4 * 72, s.Width, 0.5);
            Assert.Equal(297 / 25.4 * 72, s.Height, 0.5);
        });
    }
}

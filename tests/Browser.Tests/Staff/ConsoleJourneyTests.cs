using System.Text.RegularExpressions;
using Enforcement.Browser.Tests.Corrections;
using Enforcement.Browser.Tests.Feedback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Staff;

/// <summary>
/// The staff console in a real browser: a correction request filed by the public is answered from the console and
/// the requester's status page shows the answer; a poor rating is followed up and the month's chart shows it; a lost
/// card is found by its officer's name and withdrawn, scanning it then warns the shopkeeper, and the A4 sheet printed
/// for a new colleague does not make it again.
/// </summary>
[Trait("Category", "Slow")]
public class ConsoleJourneyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    internal static async Task<IPage> SignInAsync(IBrowser browser, Uri address, string name)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.GetByLabel("账号").FillAsync(name);
        await page.GetByLabel("密码").FillAsync(ConsoleAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff-who")).ToContainTextAsync($"已登录：{name}");
        return page;
    }

    [Fact]
    public async Task A_request_filed_by_the_public_is_answered_from_the_console_and_the_status_page_shows_the_answer()
    {
        await using var portal = await PreviewPortal.StartAsync();
        await ConsoleAccounts.AddAsync(portal.Services, "zhangjing", "yichun-amr");

        // The public files the request and confirms it by the e-mailed link.
        var requester = await (await chromium.Browser.NewContextAsync(new() { BaseURL = portal.Address.ToString() })).NewPageAsync();
        await requester.GotoAsync($"/corrections/?decision={Uri.EscapeDataString(PreviewPortal.Decision)}");
        await requester.GetByLabel("哪里有误").FillAsync("公示的罚款金额为 50000 元。");
        await requester.GetByLabel("应更正为").FillAsync("决定书原件中的罚款金额为 5000 元。");
        await requester.GetByLabel("姓名").FillAsync("张三");
        await requester.GetByLabel("电子邮箱").FillAsync("zhangsan@example.com");
        await requester.GetByLabel("我同意").CheckAsync();
        await requester.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        var done = requester.Locator("#correction-done h2");
        await done.WaitForAsync();
        var ticket = Regex.Match((await done.TextContentAsync())!, @"GZ-\d{4}-\d{6}").Value;
        var link = await portal.ConfirmationLinkAsync(ticket);
        await requester.GotoAsync(link);
        await requester.GetByRole(AriaRole.Button, new() { Name = "确认提交申请" }).ClickAsync();
        await requester.GetByText("申请已确认").WaitForAsync();

        // The 法制科 officer answers it from the console.
        var staff = await SignInAsync(chromium.Browser, portal.Address, "zhangjing");
        await staff.GetByRole(AriaRole.Link, new() { Name = "更正申请" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = ticket }).ClickAsync();
        await Assertions.Expect(staff.Locator("p.asked").First).ToContainTextAsync("50000");
        await staff.GetByLabel("给申请人的答复").FillAsync("已调取决定书原件，正在核实罚款金额。");
        await staff.GetByRole(AriaRole.Button, new() { Name = "核实中" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("已变更为“核实中”");
        await Assertions.Expect(staff.Locator("ol.history")).ToContainTextAsync("zhangjing：核实中");

        // The requester's status page shows the answer.
        await requester.GotoAsync(link);
        await Assertions.Expect(requester.Locator("main")).ToContainTextAsync("核实中");
        await Assertions.Expect(requester.Locator("main")).ToContainTextAsync("已调取决定书原件，正在核实罚款金额。");

        // Closing it is one step more: the page shows what will be sent and asks to confirm.
        await staff.GetByLabel("给申请人的答复").FillAsync("经核实，罚款金额已更正为 5000 元。");
        await staff.GetByRole(AriaRole.Button, new() { Name = "已更正" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".confirm-move h2")).ToHaveTextAsync("确认办结为“已更正”？");
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认办结为“已更正”" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("已变更为“已更正”");
        // Back to the confirmation opens the request as it is now, closed, and asks nothing: no 确认重新提交表单
        // (net::ERR_CACHE_MISS here), no button to post the step again.
        var back = await staff.GoBackAsync();
        Assert.Equal(200, back?.Status);
        Assert.EndsWith($"/staff/corrections/{ticket}", staff.Url);
        await Assertions.Expect(staff.Locator("dl.facts")).ToContainTextAsync("已更正");
        await Assertions.Expect(staff.Locator("form.move")).ToHaveCountAsync(0);
        Assert.Equal(200, (await staff.ReloadAsync())?.Status);
        await requester.GotoAsync(link);
        await Assertions.Expect(requester.Locator("main")).ToContainTextAsync("经核实，罚款金额已更正为 5000 元。");
    }

    [Fact]
    public async Task A_poor_rating_shows_in_the_months_chart_and_is_followed_up_from_the_console()
    {
        var officer = PortalServer.Officer();
        using var server = new PortalServer([officer]);
        await ConsoleAccounts.AddAsync(server.Services, "jdk", "*");
        var staff = await SignInAsync(chromium.Browser, server.BaseAddress, "jdk");
        await staff.GotoAsync("/staff/satisfaction");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("尚无评价");

        // A shopkeeper rates the visit poorly from the card's link.
        var shop = await chromium.Browser.NewPageAsync(new() { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        await shop.GotoAsync(await server.CardLinkAsync(officer.Certificate));
        await shop.GetByLabel("非常不满意", new() { Exact = true }).CheckAsync();
        await shop.GetByLabel("乱罚款").CheckAsync();
        await shop.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
        await Assertions.Expect(shop.Locator("h1")).ToHaveTextAsync("评价已提交");
        var reference = (await shop.Locator(".reference strong").TextContentAsync())!.Trim();

        // The month's chart now has its bar: 0% satisfied, one rating.
        await staff.ReloadAsync();
        var chart = staff.Locator("svg.satisfaction-chart");
        await Assertions.Expect(chart).ToContainTextAsync("0%");
        await Assertions.Expect(chart).ToContainTextAsync("1 条");

        // The supervision office follows it up.
        await staff.GotoAsync("/staff/feedback");
        await staff.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await staff.GetByLabel("跟进情况").FillAsync("已电话回访商户，核查执法过程。");
        await staff.GetByRole(AriaRole.Button, new() { Name = "记录跟进" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("跟进情况已记录");
        await Assertions.Expect(staff.Locator("ol.history")).ToContainTextAsync("jdk：跟进。已电话回访商户");
        await staff.GotoAsync("/staff/feedback");
        await Assertions.Expect(staff.Locator("table.ratings tbody")).ToContainTextAsync("已跟进");
    }

    [Fact]
    public async Task A_lost_card_is_found_by_its_officers_name_withdrawn_and_scanning_it_then_warns()
    {
        var officer = PortalServer.Officer();
        var colleague = PortalServer.Officer("36090012399", "周芳"); // joined since the cards were printed
        using var server = new PortalServer([officer, colleague]);
        await ConsoleAccounts.AddAsync(server.Services, "zhangjing", "yichun-amr");
        var shop = await chromium.Browser.NewPageAsync(new() { Locale = "zh-CN", TimezoneId = "Asia/Shanghai" });
        var card = await server.CardLinkAsync(officer.Certificate);
        await shop.GotoAsync(card);
        await Assertions.Expect(shop.Locator("section.card-stopped")).ToHaveCountAsync(0);

        // The officer reports the card lost; staff know the name, not the serial.
        var staff = await SignInAsync(chromium.Browser, server.BaseAddress, "zhangjing");
        await staff.GotoAsync("/staff/cards");
        var listed = staff.Locator("ul.officer-cards li", new() { HasText = officer.Name });
        await Assertions.Expect(listed).ToContainTextAsync("在用卡号");
        await listed.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^停用李明的监督卡") }).ClickAsync();
        var serial = await staff.GetByLabel("卡号（印在监督卡右下角，例如 000123）").InputValueAsync();
        Assert.Matches(@"^\d{6}$", serial);
        await staff.GetByLabel("停用原因").SelectOptionAsync(new SelectOptionValue { Label = "监督卡遗失" });
        await staff.GetByRole(AriaRole.Button, new() { Name = "停用", Exact = true }).ClickAsync();
        await Assertions.Expect(staff.Locator(".revoke-confirm")).ToContainTextAsync($"卡号 {serial} 是 李明");
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync($"卡号 {serial}（李明）已停用");
        await Assertions.Expect(staff.Locator("ul.officer-cards li", new() { HasText = officer.Name })).ToContainTextAsync($"卡号 {serial} 已于");
        await Assertions.Expect(staff.Locator("ul.officer-cards li", new() { HasText = officer.Name })).ToContainTextAsync("尚未制新卡");

        // Whoever scans the lost card now is warned it is not in use.
        await shop.GotoAsync(card);
        await Assertions.Expect(shop.Locator("section.card-stopped")).ToContainTextAsync("这张监督卡已不能使用");

        // The A4 sheet printed for the new colleague makes theirs only: the lost card is not made again unasked (it
        // had been, valid and rateable, and the withdrawal vanished from the list); the page says whose is missing.
        await Assertions.Expect(staff.Locator("section p", new() { HasText = "打印全部监督卡（A4）" })).ToContainTextAsync("其中 1 名尚未制卡");
        await Assertions.Expect(staff.Locator("section p", new() { HasText = "打印全部监督卡（A4）" })).ToContainTextAsync("1 名的卡已停用、尚未制新卡");
        await staff.GetByRole(AriaRole.Link, new() { Name = "打印全部监督卡（A4）" }).ClickAsync();
        await Assertions.Expect(staff.Locator("article.supervision-card .card-name dd")).ToHaveTextAsync(new[] { "周芳" });
        var leftOut = staff.Locator("section.cards-left-out");
        await Assertions.Expect(leftOut).ToContainTextAsync($"李明（执法证号 {officer.Certificate}）：卡号 {serial} 已于");
        await Assertions.Expect(leftOut.GetByRole(AriaRole.Link, new() { Name = "为李明制新卡并打印" })).ToBeVisibleAsync();
        // On screen only: printed, the page is the colleague's card.
        await staff.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(leftOut).ToBeHiddenAsync();
        await staff.EmulateMediaAsync(new() { Media = Media.Screen });
        await shop.GotoAsync(card);
        await Assertions.Expect(shop.Locator("section.card-stopped")).ToContainTextAsync("这张监督卡已不能使用");
        await staff.GotoAsync("/staff/cards");
        await Assertions.Expect(staff.Locator("ul.officer-cards li", new() { HasText = officer.Name })).ToContainTextAsync($"卡号 {serial} 已于");
        await Assertions.Expect(staff.Locator("ul.officer-cards li", new() { HasText = colleague.Name })).ToContainTextAsync("在用卡号");

        // A new card for the officer: its page makes it, with the next serial.
        await staff.Locator("ul.officer-cards li", new() { HasText = officer.Name }).GetByRole(AriaRole.Link, new() { Name = "制新卡并打印", Exact = true }).ClickAsync();
        var second = (await staff.Locator(".card-serial").TextContentAsync())!.Replace("卡号", "").Trim();
        Assert.NotEqual(serial, second);
        // That card worn out, it is replaced from the list after a confirmation naming the card it stops.
        await staff.GotoAsync("/staff/cards");
        await staff.GetByRole(AriaRole.Button, new() { Name = "为李明补发新卡" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".reissue-confirm")).ToContainTextAsync($"在用卡号 {second} 将作废");
        await staff.GetByRole(AriaRole.Button, new() { Name = "确认补发" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("已为李明补发新卡");
        Assert.EndsWith("/staff/cards?reissued=", Regex.Replace(staff.Url, @"\d+$", ""));

        // And signs out from where they are.
        await staff.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToHaveTextAsync("您已退出登录。");
    }
}

using System.Net;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

/// <summary>Cards from the console: print a body's sheet or one card, withdraw a card by its serial; each body its own.</summary>
public class ConsoleCardsTests
{
    private static Task<HttpResponseMessage> Revoke(HttpClient browser, string token, string serial, string reason, bool confirm = true) =>
        browser.PostAsync("/staff/cards/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["serial"] = serial, ["reason"] = reason, ["confirm"] = confirm ? "1" : "",
        }));

    [Fact]
    public async Task A_bodys_staff_print_their_own_bodys_cards_only()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var page = await Html.ReadAsync(await staff.GetAsync("/staff/cards"));
        Assert.Equal(["cards-yichun-amr"], page.QuerySelectorAll("section h2").Select(h => h.Id));
        Assert.Contains(page.QuerySelectorAll("ul.officer-cards a"), a => a.GetAttribute("href") == $"/staff/cards/yichun-amr/{TestApi.Active.Certificate}");
        Assert.DoesNotContain(page.QuerySelectorAll("ul.officer-cards a"), a => a.TextContent.Contains(TestApi.Suspended.Name));

        var sheet = await staff.GetAsync("/staff/cards/yichun-amr");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.NotEmpty((await Html.ReadAsync(sheet)).QuerySelectorAll(".card-serial"));
        var another = await staff.GetAsync("/staff/cards/yuanzhou-amr");
        Assert.Equal(HttpStatusCode.Forbidden, another.StatusCode);
        // A page in the console, not the admin API's problem details.
        Assert.Equal("text/html", another.Content.Headers.ContentType?.MediaType);
        Assert.Contains("只能打印本单位执法人员的监督卡", (await Html.ReadAsync(another)).QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/staff/cards/yichun-amr/00000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/staff/cards/yuanzhou-amr/{TestApi.OtherBody.Certificate}")).StatusCode);
    }

    [Fact]
    public async Task A_lost_card_is_withdrawn_by_its_serial_and_stops_rating()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var theirs = (await Html.ReadAsync(await app.StaffClient(TestApi.KeyOtherBody).GetAsync($"/api/admin/cards/yuanzhou-amr/{TestApi.OtherBody.Certificate}")))
            .QuerySelector(".card-serial")!.TextContent.Replace("卡号", "").Trim();
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, "/staff/cards");

        Assert.Equal(HttpStatusCode.BadRequest, (await Revoke(staff, token, "000001", "")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Revoke(staff, token, theirs, "lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync("/staff/cards/revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["serial"] = "000001", ["reason"] = "lost" }))).StatusCode);

        // Withdrawn, the list says so by a redirect: Back or a reload after 确认停用 posts nothing again.
        var revoked = await Revoke(staff, token, "000001", "lost");
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal("/staff/cards?revoked=000001", revoked.Headers.Location!.OriginalString);
        Assert.Contains("卡号 000001（李明）已停用：监督卡遗失", (await Html.ReadAsync(await staff.GetAsync(revoked.Headers.Location))).QuerySelector("[role=status]")!.TextContent);
        // The notice is read from the register: a card in use, or another body's, says nothing was done to it.
        Assert.Null((await Html.ReadAsync(await staff.GetAsync($"/staff/cards?revoked={theirs}"))).QuerySelector("[role=status]"));
        var refused = await TestApi.PostJson(app.Client(), TestApi.ValidRating());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Each_officers_card_in_use_is_listed_by_name_with_a_link_that_fills_in_its_withdrawal()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        async Task<string> Listed() => (await Html.ReadAsync(await staff.GetAsync("/staff/cards")))
            .QuerySelectorAll("ul.officer-cards li").Single(l => l.TextContent.Contains(TestApi.Active.Name)).TextContent;

        Assert.Contains("在用卡号 000001（2026年3月1日 制卡）", await Listed());

        var list = await Html.ReadAsync(await staff.GetAsync("/staff/cards"));
        var withdraw = list.QuerySelectorAll("ul.officer-cards li").Single(l => l.TextContent.Contains(TestApi.Active.Name)).QuerySelector(".card-in-use a")!;
        Assert.Equal("/staff/cards?serial=000001#revoke-heading", withdraw.GetAttribute("href"));
        var form = await Html.ReadAsync(await staff.GetAsync(withdraw.GetAttribute("href")!));
        Assert.Equal("000001", form.QuerySelector("#serial")?.GetAttribute("value"));

        // Withdrawn, the card is no longer the officer's card in use: the list names it as stopped (it had said 尚未制卡,
        // as if none had ever been made), looking at the list issues no other, and the next one printed is.
        Assert.Equal(HttpStatusCode.Redirect, (await Revoke(staff, await TestApi.FormTokenAsync(staff, "/staff/cards"), "000001", "lost")).StatusCode);
        Assert.Contains("卡号 000001 已于 2026年3月15日 停用（监督卡遗失），尚未制新卡 制新卡并打印", await Listed());
        Assert.Contains("卡号 000001 已于 2026年3月15日 停用", await Listed());
        var printed = (await Html.ReadAsync(await staff.GetAsync($"/staff/cards/yichun-amr/{TestApi.Active.Certificate}")))
            .QuerySelector(".card-serial")!.TextContent.Replace("卡号", "").Trim();
        Assert.NotEqual("000001", printed);
        Assert.Contains($"在用卡号 {printed}", await Listed());
    }

    [Fact]
    public async Task A_serial_typed_as_printed_or_untidily_is_named_for_confirmation_before_it_is_withdrawn()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        await staff.GetAsync("/staff/cards/yichun-amr"); // prints the sheet: serial 000001 is 李明's
        var token = await TestApi.FormTokenAsync(staff, "/staff/cards");

        foreach (var typed in new[] { "卡号 000001", "000 001", "０００００１", "No.1" })
        {
            var asked = await Html.ReadAsync(await Revoke(staff, token, typed, "lost", confirm: false));
            Assert.Contains("卡号 000001 是 李明（执法证号", asked.QuerySelector(".revoke-confirm [role=alert]")?.TextContent);
            Assert.Equal("000001", asked.QuerySelector(".revoke-confirm input[name=serial]")?.GetAttribute("value"));
        }
        // Nothing is withdrawn until confirmed: the card still rates.
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        var wrong = await Html.ReadAsync(await Revoke(staff, token, "0000O1", "lost"));
        Assert.Contains("卡号应为监督卡右下角印的数字", wrong.QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal("0000O1", wrong.QuerySelector("#serial")?.GetAttribute("value"));
        Assert.NotNull(wrong.QuerySelector("#reason option[value=lost][selected]"));

        Assert.Equal(HttpStatusCode.Redirect, (await Revoke(staff, token, "000001", "lost")).StatusCode);
        var again = await Revoke(staff, token, "1", "damaged");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var refused = await Html.ReadAsync(again);
        Assert.Contains("已于", refused.QuerySelector("[role=alert]")?.TextContent);
        // As every refusal, what was typed is kept.
        Assert.Equal("1", refused.QuerySelector("#serial")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("#reason option[value=damaged][selected]"));
        Assert.Contains("原因：监督卡遗失，无需再次停用", (await Html.ReadAsync(await Revoke(staff, token, "1", "damaged"))).QuerySelector("[role=alert]")?.TextContent);
    }

    private static Task<HttpResponseMessage> Reissue(HttpClient browser, string token, string certificate, bool confirm) =>
        browser.PostAsync("/staff/cards/reissue", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["certificate"] = certificate, ["confirm"] = confirm ? "1" : "",
        }));

    [Fact]
    public async Task A_worn_card_is_replaced_from_the_console_after_a_confirmation_that_names_the_card_it_stops()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var list = await Html.ReadAsync(await staff.GetAsync("/staff/cards"));
        var line = list.QuerySelectorAll("ul.officer-cards li").Single(l => l.TextContent.Contains(TestApi.Active.Name));
        Assert.Equal(TestApi.Active.Certificate, line.QuerySelector("form.reissue input[name=certificate]")?.GetAttribute("value"));
        var token = await TestApi.FormTokenAsync(staff, "/staff/cards");

        var asked = await Html.ReadAsync(await Reissue(staff, token, TestApi.Active.Certificate, confirm: false));
        Assert.Contains($"为 李明（执法证号 {TestApi.Active.Certificate}）补发一张新的监督卡吗？在用卡号 000001 将作废", asked.QuerySelector(".reissue-confirm [role=alert]")?.TextContent);
        // Asking changes nothing: the card in use still rates.
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        var done = await Reissue(staff, token, TestApi.Active.Certificate, confirm: true);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await Html.ReadAsync(await staff.GetAsync(done.Headers.Location));
        var serial = done.Headers.Location!.OriginalString.Split('=')[1];
        Assert.NotEqual("000001", serial);
        Assert.Contains($"已为李明补发新卡，卡号 {serial}", after.QuerySelector("[role=status]")?.TextContent);
        Assert.Contains($"在用卡号 {serial}", after.QuerySelectorAll("ul.officer-cards li").Single(l => l.TextContent.Contains(TestApi.Active.Name)).TextContent);
        // The old card's link no longer rates; the printed new one carries the new serial.
        Assert.Equal(HttpStatusCode.BadRequest, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);
        Assert.Equal($"卡号 {serial}", (await Html.ReadAsync(await staff.GetAsync($"/staff/cards/yichun-amr/{TestApi.Active.Certificate}")))
            .QuerySelector(".card-serial")!.TextContent.Trim());

        // Another body's officer, or an unknown one, gets no card from here.
        var theirs = await Reissue(staff, token, TestApi.OtherBody.Certificate, confirm: true);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Contains("不能补发监督卡", (await Html.ReadAsync(theirs)).QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await Reissue(staff, token, TestApi.Suspended.Certificate, confirm: true)).StatusCode);
    }
}

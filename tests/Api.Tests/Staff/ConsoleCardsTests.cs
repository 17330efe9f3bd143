using System.Net;
using Enforcement.Api.Staff;
using Enforcement.Content;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Staff;

/// <summary>Cards from the console: print a body's sheet or one card, withdraw a card by its serial; each body its own.</summary>
public class ConsoleCardsTests
{
    private static Task<HttpResponseMessage> Revoke(HttpClient browser, string token, string serial, string reason, bool confirm = true) =>
        browser.PostAsync("/staff/cards/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["serial"] = serial, ["reason"] = reason, ["confirm"] = confirm ? "1" : "",
        }));

    /// <summary>Where a post's 303 leads, fetched as the browser does, with GET.</summary>
    private static async Task<AngleSharp.Dom.IDocument> Followed(HttpClient browser, HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        return await Html.ReadAsync(await browser.GetAsync(answer.Headers.Location));
    }

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

        var noReason = await Revoke(staff, token, "000001", "");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        // The refusal stands for the list in the browser's history: Back to it or Reload posts nothing.
        Assert.Equal("/staff/cards", (await Html.ReadAsync(noReason)).QuerySelector("script[src='/assets/forget-post.js']")?.GetAttribute("data-address"));
        Assert.Equal(HttpStatusCode.NotFound, (await Revoke(staff, token, theirs, "lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.PostAsync("/staff/cards/revoke",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["serial"] = "000001", ["reason"] = "lost" }))).StatusCode);

        // Withdrawn, the list says so by a 303: Back or a reload after 确认停用 posts nothing again.
        var revoked = await Revoke(staff, token, "000001", "lost");
        Assert.Equal(HttpStatusCode.SeeOther, revoked.StatusCode);
        Assert.Equal("/staff/cards?revoked=000001", revoked.Headers.Location!.OriginalString);
        Assert.Contains("卡号 000001（李明）已停用：监督卡遗失", (await Html.ReadAsync(await staff.GetAsync(revoked.Headers.Location))).QuerySelector("[role=status]")!.TextContent);
        // The notice is read from the register: a card in use, or another body's, says nothing was done to it.
        Assert.Null((await Html.ReadAsync(await staff.GetAsync($"/staff/cards?revoked={theirs}"))).QuerySelector("[role=status]"));
        var refused = await TestApi.PostJson(app.Client(), TestApi.ValidRating());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task A_withdrawal_sent_after_the_session_ended_is_shown_back_in_the_forms_words()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, "/staff/cards");
        await staff.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = token }));

        var answer = await Revoke(staff, token, "000005", "stolen", confirm: false);
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        var login = await Html.ReadAsync(answer);
        // It was 理由 stolen, the reason's code, and the serial typed was not shown.
        Assert.Equal(["卡号", "停用原因"], login.QuerySelectorAll(".unsent label").Select(l => l.TextContent));
        Assert.Equal(["000005", "监督卡被盗"], login.QuerySelectorAll(".unsent textarea").Select(t => t.TextContent));
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
        Assert.Equal(HttpStatusCode.SeeOther, (await Revoke(staff, await TestApi.FormTokenAsync(staff, "/staff/cards"), "000001", "lost")).StatusCode);
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
            var asked = await Followed(staff, await Revoke(staff, token, typed, "lost", confirm: false));
            Assert.Contains("卡号 000001 是 李明（执法证号", asked.QuerySelector(".revoke-confirm [role=alert]")?.TextContent);
            Assert.Equal("000001", asked.QuerySelector(".revoke-confirm input[name=serial]")?.GetAttribute("value"));
        }
        // Nothing is withdrawn until confirmed: the card still rates.
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        var wrong = await Html.ReadAsync(await Revoke(staff, token, "0000O1", "lost"));
        Assert.Contains("卡号应为监督卡右下角印的数字", wrong.QuerySelector("[role=alert]")?.TextContent);
        Assert.Equal("0000O1", wrong.QuerySelector("#serial")?.GetAttribute("value"));
        Assert.NotNull(wrong.QuerySelector("#reason option[value=lost][selected]"));

        Assert.Equal(HttpStatusCode.SeeOther, (await Revoke(staff, token, "000001", "lost")).StatusCode);
        var again = await Revoke(staff, token, "1", "damaged");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var refused = await Html.ReadAsync(again);
        Assert.Contains("已于", refused.QuerySelector("[role=alert]")?.TextContent);
        // As every refusal, what was typed is kept.
        Assert.Equal("1", refused.QuerySelector("#serial")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("#reason option[value=damaged][selected]"));
        Assert.Contains("原因：监督卡遗失，无需再次停用", (await Html.ReadAsync(await Revoke(staff, token, "1", "damaged"))).QuerySelector("[role=alert]")?.TextContent);
    }

    [Fact]
    public async Task The_A4_sheet_makes_a_new_colleagues_first_card_but_no_card_for_an_officer_whose_card_was_withdrawn()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        // A colleague who joined after the cards were printed: never given one.
        var colleague = new RegistryOfficer("36090000006", "周敏", "yichun-amr", "执法稽查局", "科员", ["市场监管综合执法"], "宜春市袁州区",
            OfficerStatus.Active, null);
        TestApi.WriteRegistry(app.DataFolder, [.. TestApi.Carded, colleague]);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        Assert.Equal(HttpStatusCode.SeeOther, (await Revoke(staff, await TestApi.FormTokenAsync(staff, "/staff/cards"), "000001", "moved")).StatusCode);
        var list = await Html.ReadAsync(await staff.GetAsync("/staff/cards"));
        // The line by the sheet's link told of one not yet carded only, the withdrawn card counted among them.
        var lead = list.QuerySelectorAll("section p").Single(p => p.TextContent.Contains("打印全部监督卡（A4）")).TextContent;
        Assert.Contains("其中 1 名尚未制卡，打印时即制卡编号；1 名的卡已停用、尚未制新卡，A4 中不含，如需新卡请在其名下点“制新卡并打印”", lead);

        // The sheet printed for the colleague: their first card, and none for 李明, named on screen with the way to 制新卡.
        var sheet = await Html.ReadAsync(await staff.GetAsync("/staff/cards/yichun-amr"));
        var card = Assert.Single(sheet.QuerySelectorAll(".card-sheet-many article.supervision-card"));
        Assert.Equal("周敏", card.QuerySelector(".card-name dd")!.TextContent);
        Assert.Equal("卡号 000006", card.QuerySelector(".card-serial")!.TextContent);
        var leftOut = sheet.QuerySelector(".print-hint section.cards-left-out")!;
        Assert.Contains($"李明（执法证号 {TestApi.Active.Certificate}）：卡号 000001 已于 2026年3月15日 停用（执法人员岗位变动）。", leftOut.TextContent);
        var newCard = leftOut.QuerySelector("a")!;
        Assert.Equal("制新卡并打印", newCard.TextContent);
        Assert.Equal($"/staff/cards/yichun-amr/{TestApi.Active.Certificate}", newCard.GetAttribute("href"));
        // Printed again, nothing more: the withdrawn card was not replaced behind staff's back, its link still does not rate,
        // and the list still says it was withdrawn and why.
        await staff.GetAsync("/staff/cards/yichun-amr");
        Assert.Equal(0, await app.CountAsync($"SELECT COUNT(*) FROM card_serials WHERE certificate = '{TestApi.Active.Certificate}' AND revoked_at IS NULL"));
        Assert.Equal(6, await app.CountAsync("SELECT COUNT(*) FROM card_serials"));
        Assert.Equal(HttpStatusCode.BadRequest, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);
        async Task<string> Listed(string name) => (await Html.ReadAsync(await staff.GetAsync("/staff/cards")))
            .QuerySelectorAll("ul.officer-cards li").Single(l => l.TextContent.Contains(name)).TextContent;
        Assert.Contains("卡号 000001 已于 2026年3月15日 停用（执法人员岗位变动），尚未制新卡 制新卡并打印", await Listed("李明"));
        // The officer's own link says the same to a screen reader (it said 制卡并打印, as for an officer never given a card).
        var named = (await Html.ReadAsync(await staff.GetAsync("/staff/cards"))).QuerySelectorAll("ul.officer-cards li > a")
            .Single(a => a.TextContent.StartsWith("李明", StringComparison.Ordinal));
        Assert.Equal("制新卡并打印李明的监督卡", named.GetAttribute("aria-label"));
        Assert.Contains("在用卡号 000006", await Listed("周敏"));

        // 制新卡 is the officer's own step: the new card is made there, and the next sheet carries it and names nobody.
        var made = await Html.ReadAsync(await staff.GetAsync(newCard.GetAttribute("href")));
        Assert.Equal("卡号 000007", made.Text(".card-serial"));
        Assert.Contains("在用卡号 000007", await Listed("李明"));
        var after = await Html.ReadAsync(await staff.GetAsync("/staff/cards/yichun-amr"));
        Assert.Equal(["李明", "周敏"], after.QuerySelectorAll(".card-sheet-many .card-name dd").Select(d => d.TextContent));
        Assert.Null(after.QuerySelector(".cards-left-out"));
        Assert.DoesNotContain("已停用", (await Html.ReadAsync(await staff.GetAsync("/staff/cards"))).QuerySelectorAll("section p")
            .Single(p => p.TextContent.Contains("打印全部监督卡（A4）")).TextContent);
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

        var asked = await Followed(staff, await Reissue(staff, token, TestApi.Active.Certificate, confirm: false));
        Assert.Contains($"为 李明（执法证号 {TestApi.Active.Certificate}）补发一张新的监督卡吗？在用卡号 000001 将作废", asked.QuerySelector(".reissue-confirm [role=alert]")?.TextContent);
        // Asking changes nothing: the card in use still rates.
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        var done = await Reissue(staff, token, TestApi.Active.Certificate, confirm: true);
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        var after = await Html.ReadAsync(await staff.GetAsync(done.Headers.Location));
        var serial = done.Headers.Location!.OriginalString.Split('=')[1];
        Assert.NotEqual("000001", serial);
        Assert.Contains($"已为李明补发新卡，卡号 {serial}", after.QuerySelector("[role=status]")?.TextContent);
        // It asks to print the new card: the link prints it (it linked nothing).
        Assert.Equal($"/staff/cards/yichun-amr/{TestApi.Active.Certificate}", after.QuerySelector("[role=status] a")?.GetAttribute("href"));
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

    [Fact]
    public async Task Back_or_a_reload_after_replacing_or_withdrawing_a_card_fetches_a_page_and_asks_nothing_again()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        var token = await TestApi.FormTokenAsync(staff, "/staff/cards");

        // Each question was its post's own answer: Back to it after confirming was 确认重新提交表单 (ERR_CACHE_MISS, the
        // console being no-store). Now it is a page of its own, fetched with GET; it names the card it stops.
        var replacing = await Reissue(staff, token, TestApi.Active.Certificate, confirm: false);
        Assert.Equal(HttpStatusCode.SeeOther, replacing.StatusCode);
        Assert.Equal($"/staff/cards/reissue?certificate={TestApi.Active.Certificate}&card=000001", replacing.Headers.Location!.OriginalString);
        Assert.Contains("在用卡号 000001 将作废", (await Html.ReadAsync(await staff.GetAsync(replacing.Headers.Location))).Text(".reissue-confirm [role=alert]"));
        var replaced = await Reissue(staff, token, TestApi.Active.Certificate, confirm: true);
        Assert.Equal(HttpStatusCode.SeeOther, replaced.StatusCode);
        var serial = replaced.Headers.Location!.OriginalString.Split('=')[1];
        // Back to the question once the card is replaced: asking again would replace the new card; it says so instead.
        var again = await Html.ReadAsync(await staff.GetAsync(replacing.Headers.Location));
        Assert.Null(again.QuerySelector(".reissue-confirm"));
        Assert.Contains($"卡号 000001 已不是李明的在用卡，现用卡号 {serial}，无需再次补发", again.Text("[role=status]"));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/staff/cards/reissue?certificate={TestApi.OtherBody.Certificate}")).StatusCode);

        var asking = await Revoke(staff, token, $"卡号 {serial}", "stolen", confirm: false);
        Assert.Equal(HttpStatusCode.SeeOther, asking.StatusCode);
        Assert.Equal($"/staff/cards/revoke?serial={serial}&reason=stolen", asking.Headers.Location!.OriginalString);
        var question = await Html.ReadAsync(await staff.GetAsync(asking.Headers.Location));
        Assert.Contains("确认以“监督卡被盗”停用这张卡吗？", question.Text(".revoke-confirm [role=alert]"));
        Assert.Equal("stolen", question.QuerySelector(".revoke-confirm input[name=reason]")?.GetAttribute("value"));
        Assert.Equal($"/staff/cards?revoked={serial}", (await Revoke(staff, token, serial, "stolen")).Headers.Location!.OriginalString);
        // Back to the question: the card is withdrawn by then, said as news (not the post's 409 alert), and nothing is asked.
        var back = await staff.GetAsync(asking.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var told = await Html.ReadAsync(back);
        Assert.Null(told.QuerySelector(".revoke-confirm"));
        Assert.Null(told.QuerySelector("[role=alert]"));
        Assert.Contains($"卡号 {serial}（李明）已于 2026年3月15日 停用，原因：监督卡被盗", told.Text("[role=status]"));
        // A question's address typed wrong says what is wrong, as the post does.
        Assert.Equal(HttpStatusCode.BadRequest, (await staff.GetAsync("/staff/cards/revoke?serial=abc&reason=lost")).StatusCode);
    }
}

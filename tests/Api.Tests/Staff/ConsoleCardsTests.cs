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

        var revoked = await Revoke(staff, token, "000001", "lost");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("卡号 000001（李明）已停用：监督卡遗失", (await Html.ReadAsync(revoked)).QuerySelector("[role=status]")!.TextContent);
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

        // Withdrawn, the card is no longer the officer's card in use, and looking at the list issues no other; the next
        // one printed is.
        Assert.Equal(HttpStatusCode.OK, (await Revoke(staff, await TestApi.FormTokenAsync(staff, "/staff/cards"), "000001", "lost")).StatusCode);
        Assert.Contains("尚未制卡", await Listed());
        Assert.Contains("尚未制卡", await Listed());
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

        Assert.Equal(HttpStatusCode.OK, (await Revoke(staff, token, "000001", "lost")).StatusCode);
        var again = await Revoke(staff, token, "1", "damaged");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var refused = await Html.ReadAsync(again);
        Assert.Contains("已于", refused.QuerySelector("[role=alert]")?.TextContent);
        // As every refusal, what was typed is kept.
        Assert.Equal("1", refused.QuerySelector("#serial")?.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("#reason option[value=damaged][selected]"));
        Assert.Contains("原因：监督卡遗失，无需再次停用", (await Html.ReadAsync(await Revoke(staff, token, "1", "damaged"))).QuerySelector("[role=alert]")?.TextContent);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

/// <summary>
/// One browser, two tabs: what happens to a form when another account signs in on the same browser meanwhile, and to a
/// second sign-in page once the first has signed in (QA audit 20). Form tokens stay bound to the account and the browser.
/// </summary>
public class ConsoleAnotherAccountTests
{
    private static async Task<HttpResponseMessage> SignIn(HttpClient browser, string name, string token, string? returnUrl = null) =>
        await browser.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["name"] = name, ["password"] = TestApi.StaffPassword, ["returnUrl"] = returnUrl ?? "",
        }));

    private static async Task<string> TokenOf(HttpClient browser, string url) => await TestApi.FormTokenAsync(browser, url);

    [Fact]
    public async Task A_reply_sent_after_another_account_signed_in_on_the_browser_is_kept_and_says_so_and_does_nothing()
    {
        await using var app = new TestApi();
        var ticket = await app.SubmitConfirmedAsync();
        var browser = await app.SignedInAsync("amr1", "yichun-amr");
        await app.StaffCommandAsync(TestApi.StaffPassword + "\n", "add", "--name", "com1", "--body", "*");
        // Tab A: the request, a reply being written.
        var tabA = await TokenOf(browser, $"/staff/corrections/{ticket}");
        // Tab B: 退出登录, then com1 signs in.
        await browser.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = tabA }));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(browser, "com1", await TokenOf(browser, "/staff/login"))).StatusCode);

        const string reply = "经核实，公示的罚款金额有误，\n已于今日更正。";
        var answer = await browser.PostAsync($"/staff/corrections/{ticket}/move", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = tabA, ["status"] = "verifying", ["reply"] = reply,
        }));

        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        var page = await Html.ReadAsync(answer);
        var said = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("amr1", said);
        Assert.Contains("另一账号 com1", said);
        Assert.Equal(reply, page.QuerySelector(".unsent textarea[readonly]")!.TextContent);
        Assert.Equal($"/staff/corrections/{ticket}", page.QuerySelector("script[src='/assets/forget-post.js']")?.GetAttribute("data-address"));
        Assert.Contains("已登录：com1", page.QuerySelector("#staff-who")!.TextContent);
        var status = await app.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={app.MailedToken(ticket)}");
        Assert.Equal("accepted", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_follow_up_note_sent_after_another_account_signed_in_is_kept_and_a_token_of_another_browser_is_still_refused()
    {
        await using var app = new TestApi(now: TestApi.RatingNow);
        var rated = await TestApi.PostJson(app.Client("198.51.100.1"), TestApi.ValidRating());
        var reference = (await rated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var browser = await app.SignedInAsync("jdk", "*");
        await app.StaffCommandAsync(TestApi.StaffPassword + "\n", "add", "--name", "com1", "--body", "yichun-amr");
        var tabA = await TokenOf(browser, $"/staff/feedback/{reference}");
        await browser.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = tabA }));
        await SignIn(browser, "com1", await TokenOf(browser, "/staff/login"));

        var answer = await browser.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = tabA, ["note"] = "已电话回访评价人。",
        }));
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        var page = await Html.ReadAsync(answer);
        Assert.Equal("已电话回访评价人。", page.QuerySelector(".unsent textarea")!.TextContent);
        Assert.Equal($"/staff/feedback/{reference}", page.QuerySelector("script[src='/assets/forget-post.js']")?.GetAttribute("data-address"));

        // A page of another browser (its own token pair) posted with this browser's session is forged, whoever it names.
        var elsewhere = app.Browser();
        await SignIn(elsewhere, "jdk", await TokenOf(elsewhere, "/staff/login"));
        var foreign = await TokenOf(elsewhere, $"/staff/feedback/{reference}");
        var forged = await browser.PostAsync($"/staff/feedback/{reference}/follow-ups", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = foreign, ["note"] = "伪造",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("页面已过期", (await Html.ReadAsync(forged)).QuerySelector("[role=alert]")!.TextContent);
        var history = (await Html.ReadAsync(await elsewhere.GetAsync($"/staff/feedback/{reference}"))).QuerySelector("ol.history")!.TextContent;
        Assert.DoesNotContain("已电话回访", history);
        Assert.DoesNotContain("伪造", history);
    }

    [Fact]
    public async Task A_second_sign_in_page_signs_in_after_the_first_and_goes_on_to_its_page()
    {
        await using var app = new TestApi();
        await app.StaffCommandAsync(TestApi.StaffPassword + "\n", "add", "--name", "amr1", "--body", "yichun-amr");
        var browser = app.Browser();
        // Two request links from mails, each opening the sign-in page.
        var first = await TokenOf(browser, "/staff/login?ReturnUrl=%2Fstaff%2Fcorrections");
        var second = await TokenOf(browser, "/staff/login?ReturnUrl=%2Fstaff%2Ffeedback");
        Assert.Equal("/staff/corrections", (await SignIn(browser, "amr1", first, "/staff/corrections")).Headers.Location!.OriginalString);
        var again = await SignIn(browser, "amr1", second, "/staff/feedback");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/staff/feedback", again.Headers.Location!.OriginalString);

        // Still refused: a sign-in without this browser's token pair (another browser's, or none).
        var other = app.Browser();
        var theirs = await TokenOf(other, "/staff/login");
        var fresh = app.Browser();
        await fresh.GetAsync("/staff/login");
        Assert.Equal(HttpStatusCode.BadRequest, (await SignIn(fresh, "amr1", theirs)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignIn(fresh, "amr1", "not-a-token")).StatusCode);
    }
}

using System.Net;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

/// <summary>People, not keys: accounts made on the command line, sign-in with lockout, antiforgery, sign-out.</summary>
public class StaffConsoleTests
{
    private const string Password = TestApi.StaffPassword;

    private static async Task<HttpResponseMessage> SignIn(HttpClient browser, string name, string password, string? token = null) =>
        await browser.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token ?? await TestApi.FormTokenAsync(browser, "/staff/login"),
            ["name"] = name,
            ["password"] = password,
        }));

    [Fact]
    public async Task Accounts_are_added_listed_and_disabled_from_the_command_line_with_the_password_from_stdin()
    {
        using var app = new TestApi();
        var added = await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        Assert.Equal(0, added.Code);
        // Which database the account went into: run from another folder, a relative path made a file nobody serves.
        if (app.Postgres is null) Assert.Contains($"数据库：{app.DatabasePath}", added.Out);
        Assert.Equal(0, (await app.StaffCommandAsync(Password + "\n", "add", "--name", "jdk", "--body", "*")).Code);
        var (code, _, err) = await app.StaffCommandAsync("short\n", "add", "--name", "weak", "--body", "yichun-amr");
        Assert.Equal(2, code);
        Assert.Contains("密码至少 12 个字符", err);
        Assert.Contains("已存在", (await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr")).Err);
        Assert.Contains("已存在", (await app.StaffCommandAsync(Password + "\n", "add", "--name", "ZhangJing", "--body", "yichun-amr")).Err);
        Assert.Contains("--body", (await app.StaffCommandAsync(Password + "\n", "add", "--name", "x1", "--body", "Bad Slug")).Err);
        var typo = await app.StaffCommandAsync(Password + "\n", "add", "--name", "x2", "--body", "yichun-xx");
        Assert.Equal(2, typo.Code);
        Assert.Contains("没有标识为 yichun-xx 的执法主体", typo.Err);

        var list = (await app.StaffCommandAsync("", "list")).Out;
        Assert.Contains("zhangjing\tyichun-amr\t启用", list);
        Assert.Contains("jdk\t*\t启用", list);
        Assert.DoesNotContain(Password, list);
        Assert.Equal(0, (await app.StaffCommandAsync("", "disable", "--name", "zhangjing")).Code);
        Assert.Contains("zhangjing\tyichun-amr\t已停用", (await app.StaffCommandAsync("", "list")).Out);
        Assert.Equal(401, (int)(await SignIn(app.Browser(), "zhangjing", Password)).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_session_at_once()
    {
        using var app = new TestApi();
        var browser = await app.SignedInAsync("zhangjing", "yichun-amr");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/corrections")).StatusCode);
        // Someone left, or the password leaked: the open session had gone on for up to eight hours of sliding expiry.
        Assert.Equal(0, (await app.StaffCommandAsync("", "disable", "--name", "zhangjing")).Code);
        var after = await browser.GetAsync("/staff/corrections");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/staff/login", after.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }

    [Fact]
    public async Task A_console_address_that_is_no_page_answers_in_the_console()
    {
        using var app = new TestApi();
        var browser = await app.SignedInAsync("zhangjing", "yichun-amr");
        var missing = await browser.GetAsync("/staff/correction");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var page = await Html.ReadAsync(missing);
        // Not the public 404: the console's bar, what happened and the way back.
        Assert.Contains("已登录：zhangjing", page.QuerySelector("#staff-who")!.TextContent);
        Assert.Contains("没有这个页面", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/staff/");
    }

    [Fact]
    public async Task A_name_typed_with_a_capital_as_phone_keyboards_do_signs_in_as_the_account()
    {
        using var app = new TestApi();
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        var browser = app.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(browser, "Zhangjing", Password)).StatusCode);
        Assert.Contains("zhangjing", (await Html.ReadAsync(await browser.GetAsync("/staff/"))).Body!.TextContent);
    }

    [Fact]
    public async Task A_person_signs_in_sees_who_they_are_and_signs_out()
    {
        using var app = new TestApi();
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        var browser = app.Browser();
        var before = await browser.GetAsync("/staff/");
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.StartsWith("/staff/login", before.Headers.Location!.OriginalString.Replace("http://localhost", ""));

        var signedIn = await SignIn(browser, "zhangjing", Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("zfgs-staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var home = await Html.ReadAsync(await browser.GetAsync("/staff/"));
        Assert.Contains("已登录：zhangjing（宜春市市场监督管理局）", home.QuerySelector("#staff-who")!.TextContent);
        // The body's public 社会满意度 page, on the site's address: on the API's, its frame's links (首页, the search) are no pages.
        var satisfaction = home.QuerySelectorAll("a").Single(a => a.TextContent.EndsWith("社会满意度", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Matches("^https?://[^/]+(/[^/]+)*/api/feedback/satisfaction/yichun-amr$", satisfaction);
        var token = home.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        var signedOut = await browser.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        // The sign-in page says the session is closed (on a shared office computer, for the next person too).
        var login = await Html.ReadAsync(await browser.GetAsync(signedOut.Headers.Location!.OriginalString));
        Assert.Equal("您已退出登录。", login.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/staff/")).StatusCode);
    }

    [Fact]
    public async Task Every_console_page_says_who_is_signed_in_and_signs_out_from_where_it_is()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = await app.SignedInAsync("zhangjing", "yichun-amr");
        // The home, the lists, a card to print, and a refusal shown as a page (another body's sheet).
        foreach (var path in new[] { "/staff/", "/staff/corrections", "/staff/feedback", "/staff/cards", "/staff/satisfaction",
            $"/staff/cards/yichun-amr/{TestApi.Active.Certificate}", "/staff/cards/yuanzhou-amr" })
        {
            var page = await Html.ReadAsync(await staff.GetAsync(path));
            Assert.Equal("已登录：zhangjing（宜春市市场监督管理局）", page.QuerySelector(".console-bar #staff-who")?.TextContent);
            Assert.Equal("/staff/logout", page.QuerySelector(".console-bar form")?.GetAttribute("action"));
        }
        // Signing out from the cards page, without a trip to the home page first.
        var cards = await Html.ReadAsync(await staff.GetAsync("/staff/cards"));
        var token = cards.QuerySelector($".console-bar input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;
        var signedOut = await staff.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { [StaffConsole.FormToken] = token }));
        Assert.Equal("/staff/login?signedOut=1", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync("/staff/cards")).StatusCode);
        // The sign-in page itself names nobody.
        Assert.Null((await Html.ReadAsync(await staff.GetAsync("/staff/login"))).QuerySelector(".console-bar"));
    }

    [Fact]
    public async Task No_console_page_is_kept_by_the_browser_so_back_after_signing_out_shows_nothing()
    {
        using var app = new TestApi();
        var staff = await app.SignedInAsync("zhangjing", "*");
        foreach (var path in new[] { "/staff/", "/staff/corrections", "/staff/feedback", "/staff/satisfaction", "/staff/feedback/export.csv", "/staff/cards" })
        {
            var response = await staff.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, path);
            Assert.True(response.Headers.CacheControl?.NoStore, path);
        }
    }

    [Fact]
    public async Task Signing_in_from_a_console_page_lands_back_on_it_with_the_name_kept_after_a_wrong_password()
    {
        using var app = new TestApi();
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        var browser = app.Browser();
        var asked = await browser.GetAsync("/staff/feedback?rating=1");
        var login = asked.Headers.Location!.OriginalString.Replace("http://localhost", "");
        var page = await Html.ReadAsync(await browser.GetAsync(login));
        Assert.Equal("/staff/feedback?rating=1", page.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Contains("登录已过期或已退出", page.QuerySelector("[role=status]")?.TextContent);
        var token = page.QuerySelector($"input[name={StaffConsole.FormToken}]")!.GetAttribute("value")!;

        Task<HttpResponseMessage> Post(string password) => browser.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [StaffConsole.FormToken] = token, ["name"] = "zhangjing", ["password"] = password, ["returnUrl"] = "/staff/feedback?rating=1",
        }));
        var wrong = await Html.ReadAsync(await Post("wrong-password-1"));
        // The password is typed again: the cursor starts there (and only after a refusal).
        Assert.True(wrong.QuerySelector("#password")!.HasAttribute("autofocus"));
        Assert.False(page.QuerySelector("#password")!.HasAttribute("autofocus"));
        Assert.Equal("zhangjing", wrong.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("/staff/feedback?rating=1", wrong.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        // Reloading the refusal (or Back to it) opens the sign-in page for the same console page: it does not post the
        // password again.
        var standsFor = wrong.QuerySelector("script[src='/assets/forget-post.js']")?.GetAttribute("data-address");
        Assert.NotNull(standsFor);
        var reloaded = await Html.ReadAsync(await browser.GetAsync(standsFor));
        Assert.Equal("/staff/feedback?rating=1", reloaded.QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
        Assert.Null(reloaded.QuerySelector("[role=alert]"));
        Assert.Equal("/staff/feedback?rating=1", (await Post(Password)).Headers.Location!.OriginalString);

        // Only a console page: never another site.
        Assert.Null(StaffConsole.ReturnUrl("https://evil.example/"));
        Assert.Null(StaffConsole.ReturnUrl("/staff//evil.example"));
        Assert.Null(StaffConsole.ReturnUrl("/staff/login"));
        Assert.Null(StaffConsole.ReturnUrl("/api/admin/feedback"));
        Assert.Null(StaffConsole.ReturnUrl("/staff/../api/x"));
        Assert.Null(StaffConsole.ReturnUrl("/staff/%2E%2E/api/x"));
        Assert.Equal("/staff/cards?x=../y", StaffConsole.ReturnUrl("/staff/cards?x=../y"));
    }

    [Fact]
    public async Task A_form_without_its_antiforgery_token_is_refused()
    {
        using var app = new TestApi();
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        var browser = app.Browser();
        await browser.GetAsync("/staff/login");
        var forged = await browser.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "zhangjing", ["password"] = Password }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("页面已过期", (await Html.ReadAsync(forged)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignIn(browser, "zhangjing", Password, token: "not-a-token")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes_even_against_the_right_one()
    {
        using var app = new TestApi();
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        var browser = app.Browser();
        for (var i = 0; i < SignInRules.MaxFailures; i++)
            Assert.Contains("账号或密码错误", (await Html.ReadAsync(await SignIn(browser, "zhangjing", "wrong password " + i))).QuerySelector("[role=alert]")!.TextContent);
        var locked = await SignIn(browser, "zhangjing", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var lockedText = (await Html.ReadAsync(locked)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("锁定 15 分钟", lockedText);
        // The same words as for a name that does not exist, however often it is tried: the lock tells nobody which names are real.
        for (var i = 0; i <= SignInRules.MaxFailures; i++) await SignIn(browser, "nobody", "wrong password " + i);
        Assert.Equal(lockedText, (await Html.ReadAsync(await SignIn(browser, "nobody", Password))).QuerySelector("[role=alert]")!.TextContent);

        app.Clock.Advance(SignInRules.LockFor + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn(browser, "zhangjing", Password)).StatusCode);
    }

    [Fact]
    public async Task A_bodys_staff_see_only_their_bodys_satisfaction_and_a_poor_rating_changes_the_month()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "zhangjing", "--body", "yichun-amr");
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "jdk", "--body", "*");
        await Rate(app, TestApi.Active, 5, "198.51.100.1");
        await Rate(app, TestApi.OtherBody, 4, "198.51.100.2");

        var body = app.Browser();
        await SignIn(body, "zhangjing", Password);
        var page = await Html.ReadAsync(await body.GetAsync("/staff/satisfaction"));
        Assert.Equal(["yichun-amr"], page.QuerySelectorAll("section h2").Select(h => h.Id!.Replace("body-", "")));
        Assert.Contains("100%", page.QuerySelector("svg.satisfaction-chart")!.TextContent);
        Assert.DoesNotContain(TestApi.OtherBody.Name, page.Body!.TextContent);
        Assert.Contains(TestApi.Active.Name, page.QuerySelector("table.officers")!.TextContent);

        await Rate(app, TestApi.Active, 1, "198.51.100.3");
        var after = await Html.ReadAsync(await body.GetAsync("/staff/satisfaction"));
        Assert.Contains("50%", after.QuerySelector("svg.satisfaction-chart")!.TextContent);
        Assert.Contains("2 条", after.QuerySelector("svg.satisfaction-chart")!.TextContent);

        var office = app.Browser();
        await SignIn(office, "jdk", Password);
        var all = await Html.ReadAsync(await office.GetAsync("/staff/satisfaction"));
        Assert.Equal(2, all.QuerySelectorAll("svg.satisfaction-chart").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync("/staff/satisfaction")).StatusCode);
    }

    [Fact]
    public async Task A_body_without_ratings_is_listed_saying_so_not_left_out()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "jdk", "--body", "*");
        await app.StaffCommandAsync(Password + "\n", "add", "--name", "dadui", "--body", "no-notify");
        await Rate(app, TestApi.OtherBody, 4, "198.51.100.1");

        // Every body of the published content, in its order, whether or not anyone has rated it yet.
        var office = app.Browser();
        await SignIn(office, "jdk", Password);
        var all = await Html.ReadAsync(await office.GetAsync("/staff/satisfaction"));
        Assert.Contains("全部执法主体", all.QuerySelector("[role=status]")!.TextContent);
        var sections = all.QuerySelectorAll("section").Select(s => (s.QuerySelector("h2")!.TextContent, s.QuerySelector(".no-ratings")?.TextContent)).ToList();
        Assert.Equal<(string, string?)>(
            [("宜春市市场监督管理局", "尚无评价"), ("宜春市袁州区市场监督管理局", null), ("宜春市某执法大队", "尚无评价")], sections);
        Assert.Single(all.QuerySelectorAll("svg.satisfaction-chart"));

        var body = app.Browser();
        await SignIn(body, "dadui", Password);
        var own = await Html.ReadAsync(await body.GetAsync("/staff/satisfaction"));
        Assert.Equal("宜春市某执法大队", own.QuerySelector("section h2")!.TextContent);
        Assert.Equal("尚无评价", own.QuerySelector("section .no-ratings")!.TextContent);
        Assert.Empty(own.QuerySelectorAll("table"));
    }

    private static async Task Rate(TestApi app, Enforcement.Registry.RegistryOfficer officer, int rating, string address)
    {
        var body = TestApi.ValidRating(officer);
        body["rating"] = rating;
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(address), body)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_name_gets_the_same_answer_as_a_wrong_password()
    {
        using var app = new TestApi();
        var response = await SignIn(app.Browser(), "nobody", Password);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("账号或密码错误", (await Html.ReadAsync(response)).QuerySelector("[role=alert]")!.TextContent);
    }
}

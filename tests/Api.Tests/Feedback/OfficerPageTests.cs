using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Enforcement.Api.Feedback;

namespace Enforcement.Api.Tests.Feedback;

public class OfficerPageTests
{
    private static async Task<(HttpResponseMessage Response, IDocument Page)> OpenAsync(TestApi app, string certificate, string? token,
        string client = TestApi.DefaultClient)
    {
        var url = $"/api/officers/{certificate}/page" + (token is null ? "" : $"?token={Uri.EscapeDataString(token)}");
        var response = await app.Client(client).GetAsync(url);
        return (response, await Html.ReadAsync(response));
    }

    [Fact]
    public async Task A_valid_card_answers_valid_first_then_the_details_then_the_rating_form()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var (response, page) = await OpenAsync(app, TestApi.Active.Certificate, TestApi.TokenFor(TestApi.Active.Certificate));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Headed by the name, as the officer's page on the site is, and the answer.
        Assert.Equal("执法人员核验：李明（有效）", page.Text("h1"));
        Assert.Equal("有效", page.Text(".verdict-answer strong"));
        Assert.Contains("有效期至 2028年12月31日", page.Text(".verdict-detail"));   // written as on the static officer page
        var main = page.QuerySelector("main")!;
        var order = main.Children.Where(e => e.LocalName == "section").Select(e => e.ClassName).ToList();
        Assert.Equal(["verdict verdict-valid", "officer-details", "rating"], order);
        var details = page.Text(".officer-details dl");
        foreach (var shown in new[] { "李明", "36090012345", "宜春市市场监督管理局", "执法稽查局", "市场监管综合执法", "宜春市袁州区" })
            Assert.Contains(shown, details);

        var form = (IHtmlFormElement)page.QuerySelector("form.rating-form")!;
        // What the form promises is what the console does: the officer's body reads ratings, never the contact.
        Assert.Contains("执法人员所在单位可以看到评价内容", page.QuerySelector(".rating-intro")!.TextContent);
        Assert.DoesNotContain("不经过执法人员所在单位", page.QuerySelector(".rating-intro")!.TextContent);
        Assert.Equal("post", form.Method);
        Assert.Equal("/api/feedback", form.GetAttribute("action"));
        Assert.Equal(TestApi.Active.Certificate, ((IHtmlInputElement)form.QuerySelector("input[name=certificate]")!).Value);
        Assert.Equal(TestApi.TokenFor(TestApi.Active.Certificate), ((IHtmlInputElement)form.QuerySelector("input[name=token]")!).Value);
        var date = (IHtmlInputElement)form.QuerySelector("input[name=visitDate]")!;
        Assert.Equal(("date", "2026-03-15", "2026-03-15", "2025-12-15"), (date.Type, date.Value, date.GetAttribute("max"), date.GetAttribute("min")));
    }

    [Fact]
    public async Task Scanned_again_the_same_day_from_where_it_was_rated_the_card_says_so_instead_of_offering_the_form()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var token = TestApi.TokenFor(TestApi.Active.Certificate);
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), TestApi.ValidRating())).StatusCode);

        var (_, again) = await OpenAsync(app, TestApi.Active.Certificate, token);
        Assert.Null(again.QuerySelector("form.rating-form"));
        Assert.Equal("有效", again.Text(".verdict-answer strong"));
        Assert.Contains("今天已经从这里评价过李明", again.Text(".rating-unavailable"));
        Assert.Contains("0795-1234567", again.Text(".rating-unavailable"));

        // From another address, or on another day, the form is there.
        Assert.NotNull((await OpenAsync(app, TestApi.Active.Certificate, token, client: "198.51.100.77")).Page.QuerySelector("form.rating-form"));
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.NotNull((await OpenAsync(app, TestApi.Active.Certificate, token)).Page.QuerySelector("form.rating-form"));
    }

    [Fact]
    public async Task The_form_has_every_choice_labelled_in_fieldsets_and_a_honeypot_hidden_by_class()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var (_, page) = await OpenAsync(app, TestApi.Active.Certificate, TestApi.TokenFor(TestApi.Active.Certificate));
        var form = page.QuerySelector("form.rating-form")!;

        string Label(IElement input) => form.QuerySelector($"label[for='{input.Id}']")?.TextContent.Trim() ?? "";
        var ratings = form.QuerySelectorAll("input[name=rating]");
        Assert.Equal(["1", "2", "3", "4", "5"], ratings.Select(r => r.GetAttribute("value")));
        Assert.Equal(["非常不满意", "不满意", "一般", "满意", "非常满意"], ratings.Select(Label));
        Assert.All(ratings, r => Assert.Equal("radio", r.GetAttribute("type")));
        Assert.Equal(["主动出示执法证件", "告知执法事由/依据/权利", "文明规范", "未索取财物"], form.QuerySelectorAll("input[name=checks]").Select(Label));
        Assert.Equal(["乱检查", "乱罚款", "态度粗暴", "吃拿卡要", "其他"], form.QuerySelectorAll("input[name=problems]").Select(Label));
        Assert.Equal(3, form.QuerySelectorAll("fieldset").Count(f => f.QuerySelector("legend") is not null));
        // The label states 500 characters as people count them; the browser counts UTF-16 units (an emoji is two), so it
        // allows twice as many and the API says what is over.
        Assert.Contains("最多 500 字", form.QuerySelector("label[for=comment]")!.TextContent);
        Assert.Equal("1000", form.QuerySelector("textarea[name=comment]")!.GetAttribute("maxlength"));
        Assert.NotNull(form.QuerySelector("input[name=contact]"));

        // Every control a person fills in has a label.
        foreach (var control in form.QuerySelectorAll("input:not([type=hidden]), textarea"))
            Assert.False(string.IsNullOrEmpty(Label(control)), $"{control.GetAttribute("name")} has no label");

        var honeypot = form.QuerySelector("input[name=website]")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("hp", honeypot.ParentElement!.ClassName);
        Html.AssertCspClean(page);
        var css = File.ReadAllText(Path.Combine(RepoRoot(), "site", "Assets", "cards.css"));
        Assert.Matches(@"\.hp\s*\{[^}]*(position:\s*absolute|display:\s*none)", css);
        Assert.Contains("/assets/cards.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public async Task The_comment_box_gets_its_live_count_from_a_file_of_the_site_and_is_the_same_without_it()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var (_, page) = await OpenAsync(app, TestApi.Active.Certificate, TestApi.TokenFor(TestApi.Active.Certificate));

        // rating.js counts up to the limit the box carries; the page has no counter of its own, so without the script it
        // is the form as it was, and the server's count (CharacterCount.Of) still decides.
        var comment = page.QuerySelector("form.rating-form textarea#comment")!;
        Assert.Equal("500", comment.GetAttribute("data-max-chars"));
        Assert.Null(page.QuerySelector("#comment-count"));
        // A file, not inline script: the Content-Security-Policy allows only 'self'.
        var script = Assert.Single(page.QuerySelectorAll("section.rating script"));
        Assert.Equal("/assets/rating.js", script.GetAttribute("src"));
        Assert.True(script.HasAttribute("defer"));
        Html.AssertCspClean(page);

        var js = File.ReadAllText(Path.Combine(RepoRoot(), "site", "Assets", "rating.js"));
        Assert.Contains("getAttribute('data-max-chars')", js);
        Assert.Contains("granularity: 'grapheme'", js);   // as StringInfo counts: an emoji or 𠀀 is one
        Assert.Contains("setAttribute('aria-live', 'polite')", js);
        var css = File.ReadAllText(Path.Combine(RepoRoot(), "site", "Assets", "cards.css"));
        Assert.Matches(@"\.char-count--over\s*\{[^}]*color:", css);
    }

    [Fact]
    public async Task A_bad_or_missing_token_still_verifies_but_offers_no_form()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        foreach (var token in new[] { "not-the-token", null, TestApi.TokenFor(TestApi.OtherBody.Certificate) })
        {
            var (response, page) = await OpenAsync(app, TestApi.Active.Certificate, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("有效", page.Text(".verdict-answer strong"));
            Assert.Null(page.QuerySelector("form"));
            Assert.Contains("二维码", page.Text(".rating-unavailable"));
            Assert.Contains("0795-1234567", page.Text(".rating-unavailable"));
        }
    }

    [Theory]
    [InlineData("36090000002", "暂停执法", null)]
    [InlineData("36090000003", "已吊销", null)]
    [InlineData("36090000004", "已过期", "2025年12月31日")]
    public async Task An_officer_who_may_not_enforce_is_shown_as_such_with_a_valid_card_and_cannot_be_rated(string certificate, string verdict, string? date)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var (response, page) = await OpenAsync(app, certificate, TestApi.TokenFor(certificate));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(verdict, page.Text(".verdict-answer strong"));
        Assert.Contains(verdict, page.Text("h1"));
        if (date is not null) Assert.Contains(date, page.Text(".verdict-detail"));
        Assert.DoesNotContain("有效", page.Text(".verdict"));
        Assert.Null(page.QuerySelector("form"));
        Assert.Contains("监督电话", page.Text(".rating-unavailable"));
    }

    [Fact]
    public async Task An_unknown_certificate_is_404_查无此人_with_the_number_asked_for_encoded()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var (response, page) = await OpenAsync(app, Uri.EscapeDataString("99999<b>x"), "whatever");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("查无此人", page.Text(".verdict-answer strong"));
        Assert.Contains("99999<b>x", page.Text(".verdict-detail"));
        Assert.Null(page.QuerySelector(".verdict b"));
        Assert.Null(page.QuerySelector("form"));
        Assert.Null(page.QuerySelector(".officer-details"));
    }

    [Fact]
    public async Task The_answer_is_never_cached_and_the_token_does_not_leak_by_referrer()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var response = await app.Client().GetAsync($"/api/officers/{TestApi.Active.Certificate}/page?token={TestApi.TokenFor(TestApi.Active.Certificate)}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_verdict_follows_today_so_a_card_expires_without_a_rebuild()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var token = TestApi.TokenFor(TestApi.Active.Certificate);
        app.Clock.Now = new DateTimeOffset(2028, 12, 31, 23, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal("有效", (await OpenAsync(app, TestApi.Active.Certificate, token)).Page.Text(".verdict-answer strong"));
        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal("已过期", (await OpenAsync(app, TestApi.Active.Certificate, token)).Page.Text(".verdict-answer strong"));
    }

    [Fact]
    public async Task In_the_local_preview_the_cards_link_opens_this_page_and_HEAD_works_too()
    {
        var site = Directory.CreateTempSubdirectory("feedback-preview-").FullName;
        try
        {
            using var app = new TestApi(now: TestApi.RatingNow, settings: new() { ["Portal:Site"] = site });
            var token = TestApi.TokenFor(TestApi.Active.Certificate);
            var response = await app.Client().GetAsync($"/officers/{TestApi.Active.Certificate}/?token={token}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("有效", (await Html.ReadAsync(response)).Text(".verdict-answer strong"));
            var head = await app.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/officers/{TestApi.Active.Certificate}/?token={token}"));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }
        finally { Directory.Delete(site, recursive: true); }
    }

    [Fact]
    public void Standing_ranks_revoked_over_suspended_over_expired()
    {
        var today = new DateOnly(2026, 3, 15);
        var old = new DateOnly(2020, 1, 1);
        Assert.Equal(OfficerStanding.Revoked, OfficerStandings.Of(TestApi.Revoked with { ValidUntil = old }, today));
        Assert.Equal(OfficerStanding.Suspended, OfficerStandings.Of(TestApi.Suspended with { ValidUntil = old }, today));
        Assert.Equal(OfficerStanding.Valid, OfficerStandings.Of(TestApi.Active with { ValidUntil = today }, today));
        Assert.Equal(OfficerStanding.Unknown, OfficerStandings.Of(null, today));
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enforcement.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Net;
using AngleSharp.Html.Dom;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>The plain form post, as a browser without JavaScript sends it: every answer is a page in the site's look.</summary>
public class RatingFormPostTests
{
    [Fact]
    public async Task A_valid_form_post_goes_on_to_a_thank_you_page_with_the_reference_that_reloads_without_rating_again()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var client = app.Client();
        var response = await TestApi.PostForm(client, TestApi.ValidForm());

        // Not a page answering the post: reloaded, that sent the rating again and lost the reference to 今天已评价过.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var thanks = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/feedback/thanks?", thanks);
        string? reference = null;
        foreach (var _ in new[] { "opened", "reloaded" })
        {
            using var shown = await client.GetAsync(thanks);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
            Assert.True(shown.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
            var page = await Html.ReadAsync(shown);
            Assert.Equal("评价已提交", page.Text("h1"));
            Assert.StartsWith("评价已提交", page.Title);
            reference ??= page.Text(".reference strong");
            Assert.Equal(reference, page.Text(".reference strong"));
            Assert.Contains("感谢您对李明本次执法的评价", page.Text(".thanks"));
            Assert.Contains("市局执法监督科", page.Text(".thanks"));
            Assert.DoesNotContain("已立即转交", page.Text(".thanks"));
            Assert.Null(page.QuerySelector("form"));
            Html.AssertCspClean(page);
        }
        Assert.Matches(@"^PJ-2026-\d{6}$", reference);
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
        Assert.Equal(1, await app.CountAsync($"SELECT COUNT(*) FROM ratings WHERE reference = '{reference}' AND rating = 5"));
    }

    [Theory]
    [InlineData("forwarded=0", "forwarded=1")]
    [InlineData("ref=PJ-2026-", "ref=PJ-2025-")]
    [InlineData("&sig=", "&sig=0")]
    public async Task A_thank_you_address_altered_by_hand_is_not_a_page(string part, string alteredTo)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var client = app.Client();
        var thanks = (await TestApi.PostForm(client, TestApi.ValidForm())).Headers.Location!.OriginalString;
        Assert.Contains(part, thanks);
        using var altered = await client.GetAsync(thanks.Replace(part, alteredTo));
        Assert.Equal(HttpStatusCode.NotFound, altered.StatusCode);
    }

    [Fact]
    public async Task A_form_post_with_a_problem_says_it_went_on_to_the_supervision_office()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var form = TestApi.ValidForm();
        form.Add(new("problems", "乱罚款"));
        var client = app.Client();
        var page = await Html.ReadAsync(await TestApi.FollowAsync(client, await TestApi.PostForm(client, form)));
        Assert.Contains("已立即转交", page.Text(".thanks"));
    }

    [Fact]
    public async Task A_form_post_with_mistakes_shows_the_form_again_with_the_answers_kept_and_each_error_by_its_field()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var form = TestApi.ValidForm().Where(f => f.Key is not ("visitDate" or "contact" or "rating")).ToList();
        form.Add(new("visitDate", "2026-04-01"));
        form.Add(new("contact", "打我电话"));
        form.Add(new("rating", "2"));
        form.Add(new("problems", "态度粗暴"));

        var response = await TestApi.PostForm(app.Client(), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Contains("请修改", page.Text("h1"));
        var summary = page.QuerySelectorAll(".form-errors li a");
        Assert.Equal(["#visitDate", "#contact"], summary.Select(a => a.GetAttribute("href")));
        // The page opens on the problems (a keyboard or a screen reader started at the top, above the officer's details).
        Assert.True(page.QuerySelector(".form-errors")!.HasAttribute("autofocus"));
        Assert.Equal("-1", page.QuerySelector(".form-errors")!.GetAttribute("tabindex"));
        // What to change comes first, under the heading, not a phone's screen below it after the verdict and details.
        Assert.Equal(["rating", "verdict verdict-valid", "officer-details"],
            page.QuerySelector("main")!.Children.Where(e => e.LocalName == "section").Select(e => e.ClassName));
        Assert.Contains("不能晚于今天", page.Text("#visitDate-error"));
        Assert.Contains("联系方式", page.Text("#contact-error"));
        Assert.Equal("visitDate-hint visitDate-error", page.QuerySelector("#visitDate")!.GetAttribute("aria-describedby"));

        Assert.Equal("2026-04-01", ((IHtmlInputElement)page.QuerySelector("#visitDate")!).Value);
        Assert.Equal("打我电话", ((IHtmlInputElement)page.QuerySelector("#contact")!).Value);
        Assert.Equal("态度很好", page.QuerySelector("#comment")!.TextContent);
        Assert.True(((IHtmlInputElement)page.QuerySelector("#rating-2")!).IsChecked);
        Assert.Equal(["主动出示执法证件", "告知执法事由/依据/权利"],
            page.QuerySelectorAll("input[name=checks]").Cast<IHtmlInputElement>().Where(c => c.IsChecked).Select(c => c.Value));
        Assert.Equal(["态度粗暴"], page.QuerySelectorAll("input[name=problems]").Cast<IHtmlInputElement>().Where(c => c.IsChecked).Select(c => c.Value));
        Assert.Equal(TestApi.TokenFor(TestApi.Active.Certificate), ((IHtmlInputElement)page.QuerySelector("input[name=token]")!).Value);
        Html.AssertCspClean(page);
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
    }

    [Fact]
    public async Task A_form_post_with_a_refused_card_explains_why_without_offering_the_form()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var form = TestApi.ValidForm(TestApi.Revoked);
        var response = await TestApi.PostForm(app.Client(), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Contains("吊销", page.Text(".rating-unavailable"));
        Assert.Null(page.QuerySelector("form"));
        // What was written is not lost with the refusal (the page was opened before staff withdrew the card): it is there to copy.
        Assert.Equal("态度很好", page.QuerySelector(".rating-unavailable textarea[readonly]")?.TextContent);

        var badToken = TestApi.ValidForm().Select(f => f.Key == "token" ? new KeyValuePair<string, string>("token", "forged") : f);
        page = await Html.ReadAsync(await TestApi.PostForm(app.Client(), badToken));
        Assert.Contains("二维码", page.Text(".rating-unavailable"));
    }

    [Fact]
    public async Task A_multipart_form_post_is_read_the_same_way()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in TestApi.ValidForm()) content.Add(new StringContent(value), key);
        var client = app.Client();
        var response = await TestApi.FollowAsync(client, await client.PostAsync("/api/feedback", content));
        Assert.Matches(@"^PJ-2026-\d{6}$", (await Html.ReadAsync(response)).Text(".reference strong"));
    }
}

using System.Net;
using Enforcement.Api.Feedback;
using Enforcement.Api.Feedback.Staff;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>社会满意度 as the public reads it: per body and month, aggregated, 样本不足 under ten ratings, no officer named.</summary>
public class PublicSatisfactionTests
{
    /// <summary>Twelve March ratings for 李明 (ten satisfied), three February ones, and two for 刘洋 of another body.</summary>
    private static async Task SeedAsync(TestApi app)
    {
        var ratings = new List<(RegistryOfficer Officer, string Visit, int Rating)>();
        for (var i = 0; i < 12; i++) ratings.Add((TestApi.Active, $"2026-03-{1 + i:D2}", i < 10 ? 5 : 2));
        for (var i = 0; i < 3; i++) ratings.Add((TestApi.Active, $"2026-02-{10 + i:D2}", 4));
        ratings.Add((TestApi.OtherBody, "2026-03-02", 1));
        ratings.Add((TestApi.OtherBody, "2026-03-03", 1));
        for (var i = 0; i < ratings.Count; i++)
        {
            var (officer, visit, rating) = ratings[i];
            var body = TestApi.ValidRating(officer);
            (body["visitDate"], body["rating"]) = (visit, rating);
            var response = await TestApi.PostJson(app.Client($"198.51.100.{10 + i}"), body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_bodys_page_shows_each_month_with_its_count_and_share_satisfied_or_too_few()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await SeedAsync(app);
        var response = await app.Client().GetAsync("/api/feedback/satisfaction/yichun-amr");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        var rows = page.QuerySelectorAll(".satisfaction tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["2026年3月", "12", "83.3%"], ["2026年2月", "3", "样本不足"]], rows);
        Assert.Contains("宜春市市场监督管理局社会满意度", page.Title);
        Assert.DoesNotContain(TestApi.Active.Name, page.Body!.TextContent);
        Assert.DoesNotContain(TestApi.Active.Certificate, page.Body!.InnerHtml);
    }

    [Fact]
    public async Task Another_bodys_ratings_are_not_counted_and_an_unknown_body_is_not_found()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await SeedAsync(app);
        var other = await Html.ReadAsync(await app.Client().GetAsync("/api/feedback/satisfaction/yuanzhou-amr"));
        var rows = other.QuerySelectorAll(".satisfaction tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal([["2026年3月", "2", "样本不足"]], rows);
        Assert.DoesNotContain(TestApi.OtherBody.Name, other.Body!.TextContent);

        var unknown = await app.Client().GetAsync("/api/feedback/satisfaction/no-such-body");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("平台没有这个执法主体", (await Html.ReadAsync(unknown)).Body!.TextContent);
    }

    [Fact]
    public async Task A_body_without_ratings_says_so()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var page = await Html.ReadAsync(await app.Client().GetAsync("/api/feedback/satisfaction/yichun-amr"));
        Assert.Contains("尚无评价", page.QuerySelector("[role=status]")!.TextContent);
    }

    [Theory]
    [InlineData(9, null)]
    [InlineData(10, 0.7)]
    public void A_rate_is_published_from_ten_ratings(int count, double? share)
    {
        var row = new SatisfactionRow("2026-03", "b", null, null, count, 4, 7, 1, 0);
        var month = Assert.Single(PublicSatisfaction.Months([row, row with { Body = "other" }], "b"));
        Assert.Equal(share, month.SatisfiedShare);
    }
}

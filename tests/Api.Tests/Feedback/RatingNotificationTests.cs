using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace Enforcement.Api.Tests.Feedback;

public class RatingNotificationTests
{
    private static async Task<string> RateAsync(TestApi app, int rating, string[] problems, string? contact = "13800138000", string address = "198.51.100.10",
        string comment = "检查人员要求请吃饭")
    {
        var body = TestApi.ValidRating();
        body["rating"] = rating;
        body["problems"] = problems;
        body["contact"] = contact;
        body["comment"] = comment;
        var response = await TestApi.PostJson(app.Client(address), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private static List<MimeMessage> Mail(TestApi app) =>
        Directory.Exists(app.PickupFolder)
            ? Directory.GetFiles(app.PickupFolder, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];

    [Fact]
    public async Task The_mail_leaves_out_a_phone_or_ID_written_into_the_comment_as_it_leaves_out_the_contact()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await RateAsync(app, 1, [], comment: "检查人员要求请吃饭，我的身份证 360902199001011234，电话１３８ ００１３ ８０００");
        Assert.Equal(1, await app.DrainMailAsync());
        var text = Assert.Single(Mail(app)).TextBody;
        Assert.Contains("补充说明：检查人员要求请吃饭，我的身份证 【身份证号已隐去】，电话【电话已隐去】", text);
        Assert.Contains("邮件中不含联系方式", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_poor_rating_is_mailed_to_the_supervision_office(int rating)
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await RateAsync(app, rating, []);

        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND recipient = 'jdk@example.gov.cn'"));
        Assert.Equal(1, await app.DrainMailAsync());
        var message = Assert.Single(Mail(app));
        Assert.Equal("jdk@example.gov.cn", message.To.Mailboxes.Single().Address);
        Assert.Contains(reference, message.Subject);
        Assert.Contains("李明", message.Subject);
        var text = message.TextBody;
        Assert.Contains(reference, text);
        Assert.Contains("36090012345", text);
        Assert.Contains(rating == 1 ? "非常不满意" : "不满意", text);
        Assert.Contains("检查人员要求请吃饭", text);
        Assert.Contains("未确认的规范事项：告知执法事由/依据/权利、未索取财物", text);
        // Dates as every other mail writes them.
        Assert.Contains("检查日期：2026年3月14日", text);
    }

    [Fact]
    public async Task The_mail_links_to_the_rating_in_the_staff_console()
    {
        using var app = new TestApi(new() { ["Portal:ConsoleUrl"] = "https://zfgs-api.example.gov.cn/staff" }, now: TestApi.RatingNow);
        var reference = await RateAsync(app, 1, []);
        await app.DrainMailAsync();
        var text = Assert.Single(Mail(app)).TextBody;
        Assert.Contains($"https://zfgs-api.example.gov.cn/staff/feedback/{reference}", text);
        Assert.DoesNotContain("/api/admin/", text);
    }

    [Fact]
    public async Task A_good_rating_with_a_problem_is_mailed_too()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await RateAsync(app, 4, ["吃拿卡要"]);
        await app.DrainMailAsync();
        var message = Assert.Single(Mail(app));
        Assert.Contains("问题反映", message.Subject);
        Assert.Contains("反映的问题：吃拿卡要", message.TextBody);
    }

    [Fact]
    public async Task A_satisfied_rating_without_problems_sends_nothing()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await RateAsync(app, 3, []);
        await RateAsync(app, 5, [], contact: null, address: "198.51.100.11");
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task The_mail_says_there_is_a_contact_but_never_carries_it()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await RateAsync(app, 1, ["乱罚款"], contact: "zhang.san@example.com");
        await app.DrainMailAsync();
        var message = Assert.Single(Mail(app));
        Assert.DoesNotContain("zhang.san", message.ToString());
        Assert.Contains("评价人留有联系方式：是", message.TextBody);
    }

    [Fact]
    public async Task The_mail_is_queued_in_the_ratings_transaction_and_noted_in_its_history()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var reference = await RateAsync(app, 2, []);
        Assert.Equal(2, await app.CountAsync(
            $"SELECT COUNT(*) FROM rating_history h JOIN ratings r ON r.id = h.rating_id WHERE r.reference = '{reference}' AND h.action IN ('received', 'notified')"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Feedback;

/// <summary>Notifications through a real SMTP server on loopback, including an outage and a restart.</summary>
[Trait("Category", "Slow")]
public class SmtpDeliveryTests
{
    private static Dictionary<string, string?> Smtp(int port, string pollInterval) => new()
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = port.ToString(),
        ["Portal:Mail:PollInterval"] = pollInterval,
    };

    private static async Task<string> PoorRatingAsync(TestApi app)
    {
        var rating = TestApi.ValidRating();
        rating["rating"] = 1;
        rating["problems"] = new[] { "态度粗暴" };
        var response = await TestApi.PostJson(app.Client(), rating);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_poor_rating_reaches_the_supervision_office_through_a_real_SMTP_server()
    {
        using var smtp = await LoopbackSmtp.StartAsync();
        await using var app = new TestApi(Smtp(smtp.Port, "00:00:00.2"), TestApi.RatingNow);
        var reference = await PoorRatingAsync(app);

        var message = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(20)));
        Assert.Equal("jdk@example.gov.cn", message.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@zfgs.example.gov.cn", message.From.Mailboxes.Single().Address);
        Assert.Contains(reference, message.Subject);
        Assert.Contains("态度粗暴", message.TextBody);
        Assert.Empty(Directory.Exists(app.PickupFolder) ? Directory.GetFiles(app.PickupFolder) : []);
        // The server has the message a moment before the sender records it as sent.
        for (var tries = 0; tries < 100 && await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL") > 0; tries++)
            await Task.Delay(100);
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));
    }

    [Fact]
    public async Task During_an_SMTP_outage_nothing_is_lost_and_after_a_restart_the_mail_goes_out_once()
    {
        var port = LoopbackSmtp.FreePort(); // nothing listens there yet
        await using var app = new TestApi(Smtp(port, "01:00:00"), TestApi.RatingNow);
        var reference = await PoorRatingAsync(app);
        Assert.Equal(0, await app.DrainMailAsync());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts = 1 AND last_error IS NOT NULL"));

        using var smtp = await LoopbackSmtp.StartAsync(port);
        await app.RestartAsync(Smtp(port, "00:00:00.2"));
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // past the first retry delay
        _ = app.Client(); // starts the app and its outbox sender

        var message = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(20)));
        Assert.Contains(reference, message.Subject);
        await Task.Delay(600); // a few more polls: it must not be sent again
        Assert.Single(smtp.Messages());
        Assert.Equal(1, await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 2"));
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;

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

    private static async Task<string> PoorRatingAsync(FeedbackApp app)
    {
        var rating = FeedbackApp.ValidRating();
        rating["rating"] = 1;
        rating["problems"] = new[] { "态度粗暴" };
        var response = await FeedbackApp.PostJson(app.Client(), rating);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_poor_rating_reaches_the_supervision_office_through_a_real_SMTP_server()
    {
        var root = Directory.CreateTempSubdirectory("feedback-smtp-").FullName;
        try
        {
            using var smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FreePort(), Path.Combine(root, "maildir"));
            using var app = new FeedbackApp(Smtp(smtp.Port, "00:00:00.2"));
            var reference = await PoorRatingAsync(app);

            var message = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(20)));
            Assert.Equal("jdk@example.gov.cn", message.To.Mailboxes.Single().Address);
            Assert.Equal("noreply@zfgs.example.gov.cn", message.From.Mailboxes.Single().Address);
            Assert.Contains(reference, message.Subject);
            Assert.Contains("态度粗暴", message.TextBody);
            Assert.Empty(Directory.Exists(app.PickupFolder) ? Directory.GetFiles(app.PickupFolder) : []);
            Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL"));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public async Task During_an_SMTP_outage_nothing_is_lost_and_after_a_restart_the_mail_goes_out_once()
    {
        var root = Directory.CreateTempSubdirectory("feedback-outage-").FullName;
        try
        {
            var port = LoopbackSmtpServer.FreePort(); // nothing listens there yet
            string reference;
            using (var down = new FeedbackApp(Smtp(port, "01:00:00"), root))
            {
                reference = await PoorRatingAsync(down);
                Assert.Equal(0, await down.DrainOutboxAsync());
                Assert.Equal(1, await down.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND attempts = 1 AND last_error IS NOT NULL"));
            }

            using var smtp = new LoopbackSmtpServer(port, Path.Combine(root, "maildir"));
            using var restarted = new FeedbackApp(Smtp(port, "00:00:00.2"), root);
            restarted.Clock.Advance(TimeSpan.FromMinutes(1)); // past the first retry delay
            _ = restarted.Client(); // starts the app and its outbox sender

            var message = Assert.Single(await smtp.WaitForAsync(1, TimeSpan.FromSeconds(20)));
            Assert.Contains(reference, message.Subject);
            await Task.Delay(600); // a few more polls: it must not be sent again
            Assert.Single(smtp.Messages());
            Assert.Equal(1, await restarted.CountAsync("SELECT COUNT(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 2"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}

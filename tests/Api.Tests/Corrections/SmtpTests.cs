using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>Mail through a real SMTP server on loopback, and through its outage.</summary>
[Trait("Category", "Slow")]
public class SmtpTests
{
    private static Dictionary<string, string?> Smtp(int port) => new()
    {
        ["Portal:Mail:Host"] = "127.0.0.1",
        ["Portal:Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_whole_workflow_is_mailed_through_smtp()
    {
        using var smtp = await LoopbackSmtp.StartAsync();
        await using var portal = new TestApi(Smtp(smtp.Port));
        var (ticket, token) = await portal.SubmitAsync();
        Assert.Equal(1, await portal.DrainMailAsync());

        var confirmMail = Assert.Single(smtp.Messages());
        Assert.Equal(TestApi.Requester, confirmMail.To.Mailboxes.Single().Address);
        Assert.Equal("noreply@zfgs.example.gov.cn", confirmMail.From.Mailboxes.Single().Address);
        var (_, mailed) = TestApi.MailedLink([confirmMail], ticket);

        await portal.Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = mailed });
        await portal.StaffClient(TestApi.KeyBody).PostAsJsonAsync($"/api/admin/corrections/{ticket}/transitions",
            new { status = "verifying", reply = "正在核实。" });
        Assert.Equal(3, await portal.DrainMailAsync());

        var all = smtp.Messages();
        Assert.Contains(all, m => m.To.Mailboxes.Single().Address == TestApi.Notify && m.Subject!.Contains(ticket));
        Assert.Contains(all, m => m.To.Mailboxes.Single().Address == TestApi.Requester && m.Subject!.Contains("核实中"));
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("verifying", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_smtp_outage_loses_nothing_the_outbox_retries_once_the_server_is_back()
    {
        var port = LoopbackSmtp.FreePort(); // nothing listens there yet
        await using var portal = new TestApi(Smtp(port));
        var (ticket, _) = await portal.SubmitAsync();   // accepted although mail cannot go out
        Assert.Equal(0, await portal.DrainMailAsync());

        await portal.RestartAsync();                     // and it survives a restart while waiting
        using var smtp = await LoopbackSmtp.StartAsync(port);
        Assert.Equal(0, await portal.DrainMailAsync());  // not yet due: the retry waits
        portal.Clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(1, await portal.DrainMailAsync());
        Assert.Contains(ticket, Assert.Single(smtp.Messages()).Subject);
    }
}

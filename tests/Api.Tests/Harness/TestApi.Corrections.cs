using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Corrections;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Enforcement.Api.Tests.Harness;

/// <summary>Correction requests as the requester makes them: a valid request, submitting, confirming by the mailed link.</summary>
public sealed partial class TestApi
{
    public static Dictionary<string, object?> ValidRequest(string decision = Decision) => new()
    {
        ["decision"] = decision,
        ["description"] = "公示的罚款金额为 50000 元。",
        ["correction"] = "决定书原件中的罚款金额为 5000 元。",
        ["evidence"] = "决定书原件第 2 页。",
        ["name"] = "张三",
        ["email"] = Requester,
        ["phone"] = "138 1234 5678",
        ["consent"] = true,
    };

    public async Task<(string Ticket, string Token)> SubmitAsync(Dictionary<string, object?>? request = null)
    {
        using var response = await Client().PostAsJsonAsync("/api/corrections", request ?? ValidRequest());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("ticket").GetString()!, json.GetProperty("token").GetString()!);
    }

    /// <summary>Submits the valid request as the page's form does, with files attached, asking for a JSON answer.</summary>
    public async Task<(string Ticket, string Token)> SubmitWithAttachmentsAsync(params (string Name, byte[] Content)[] files)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = Corrections.SubmitTests.Form(ValidRequest(), files) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("ticket").GetString()!, json.GetProperty("token").GetString()!);
    }

    /// <summary>Submits and confirms through the e-mailed link, as the requester would.</summary>
    public async Task<string> SubmitConfirmedAsync(Dictionary<string, object?>? request = null)
    {
        var (ticket, _) = await SubmitAsync(request);
        await DrainMailAsync();
        using var response = await Client().PostAsJsonAsync($"/api/corrections/{ticket}/confirm", new { token = MailedToken(ticket) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ticket;
    }

    public Task RunJobsAsync() => Services.GetRequiredService<CorrectionJobs>().RunOnceAsync(CancellationToken.None);

    /// <summary>The token in the confirmation e-mail's private link.</summary>
    public string MailedToken(string ticket) => MailedLink(Mails(), ticket).Token;

    public static (string Url, string Token) MailedLink(IEnumerable<MimeMessage> mails, string ticket)
    {
        foreach (var mail in mails)
            if (LinkPattern().Match(mail.TextBody ?? "") is { Success: true } m && Uri.UnescapeDataString(m.Groups["ticket"].Value) == ticket)
                return (m.Value, Uri.UnescapeDataString(m.Groups["token"].Value));
        throw new Xunit.Sdk.XunitException($"no confirmation e-mail with a link for {ticket}");
    }

    [GeneratedRegex(@"https?://\S+/corrections/status/\?ticket=(?<ticket>[^&\s]+)&token=(?<token>[A-Za-z0-9_%-]+)")]
    private static partial Regex LinkPattern();
}

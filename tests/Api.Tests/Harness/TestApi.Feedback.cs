using System.Net.Http.Json;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Harness;

/// <summary>Ratings as a card holder sends them: as JSON, or as the officer page's plain form.</summary>
public sealed partial class TestApi
{
    /// <summary>When the rating tests happen: Sunday 15 March 2026, 10:00 China time (the visit was the day before).</summary>
    public const string RatingNow = "2026-03-15 10:00";

    /// <summary>A complete, valid JSON rating for the active officer; tests change what they are about.</summary>
    public static Dictionary<string, object?> ValidRating(RegistryOfficer? officer = null) => new()
    {
        ["certificate"] = (officer ?? Active).Certificate,
        ["token"] = TokenFor((officer ?? Active).Certificate),
        ["visitDate"] = "2026-03-14",
        ["rating"] = 4,
        ["checks"] = new[] { "主动出示执法证件", "文明规范" },
        ["problems"] = Array.Empty<string>(),
        ["comment"] = "检查很规范。",
        ["contact"] = "13800138000",
    };

    public static List<KeyValuePair<string, string>> ValidForm(RegistryOfficer? officer = null) =>
    [
        new("certificate", (officer ?? Active).Certificate),
        new("token", TokenFor((officer ?? Active).Certificate)),
        new("visitDate", "2026-03-14"),
        new("rating", "5"),
        new("checks", "主动出示执法证件"),
        new("checks", "告知执法事由/依据/权利"),
        new("comment", "态度很好"),
        new("contact", ""),
        new("website", ""),
    ];

    public static Task<HttpResponseMessage> PostJson(HttpClient client, Dictionary<string, object?> rating) =>
        client.PostAsJsonAsync("/api/feedback", rating);

    public static Task<HttpResponseMessage> PostForm(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync("/api/feedback", new FormUrlEncodedContent(fields));

    /// <summary>Where a browser goes on to after a form post: the thank-you page's own address.</summary>
    public static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage posted)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, posted.StatusCode);
        return await client.GetAsync(posted.Headers.Location);
    }
}

using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Enforcement.Deploy.Tests.Proxies;

/// <summary>
/// The built site and the API behind a real nginx using the build's include, as a self-hosted deployment runs
/// them. nginx connects to the API from 127.0.0.9 (proxy_bind), so the test's own clients (other loopback
/// addresses) can be told from it.
/// </summary>
public sealed class PortalBehindNginx : IDisposable
{
    public const string ProxyAddress = "127.0.0.9";

    public PortalBehindNginx(BuiltSite site, Dictionary<string, string?>? apiSettings = null)
    {
        Api = new PortalApi(site.DataDir, apiSettings);
        Nginx = new NginxProcess($$"""
                upstream portal_api { server 127.0.0.1:{{Api.Port}}; }
                server {
                    listen 127.0.0.1:{port};
                    root {{site.SiteDir}};
                    proxy_bind {{ProxyAddress}};
                    include {{site.NginxInclude}};
                }
            """);
    }

    public PortalApi Api { get; }
    public NginxProcess Nginx { get; }

    /// <summary>A visitor connecting to nginx from <paramref name="address"/>.</summary>
    public HttpClient Visitor(string address) => NginxProcess.ClientFrom(address, Nginx.BaseAddress);

    /// <summary>Staff print the officer's card; its QR link, relative to the site.</summary>
    public async Task<string> CardLinkAsync(string body, string certificate)
    {
        using var staff = Api.Staff();
        var html = await staff.GetStringAsync($"/api/admin/cards/{body}/{certificate}");
        var link = Regex.Match(html, "class=\"card-link\"><a href=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(link);
        return new Uri(System.Net.WebUtility.HtmlDecode(link)).PathAndQuery;
    }

    public static Dictionary<string, object?> Rating(string certificate, string token) => new()
    {
        ["certificate"] = certificate,
        ["token"] = token,
        ["visitDate"] = PortalApi.Today,
        ["rating"] = 4,
        ["checks"] = new[] { "主动出示执法证件" },
        ["problems"] = Array.Empty<string>(),
    };

    public static async Task<(int Status, string? Title)> RateAsync(HttpClient client, Dictionary<string, object?> rating, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/feedback") { Content = JsonContent.Create(rating) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var title = Regex.Match(body, "\"title\":\"([^\"]*)\"").Groups[1].Value;
        return ((int)response.StatusCode, title.Length == 0 ? null : title);
    }

    public void Dispose()
    {
        Nginx.Dispose();
        Api.Dispose();
    }
}

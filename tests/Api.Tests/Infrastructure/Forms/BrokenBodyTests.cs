using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Enforcement.Api.Tests.Infrastructure.Forms;

/// <summary>Bodies that once made the public endpoints answer 500: now 400, with the field named where there is one.</summary>
public sealed class BrokenBodyTests
{
    private static readonly string[] Posts = ["/api/feedback", "/api/corrections", "/api/corrections/GZ-2026-000001/confirm"];

    public static TheoryData<string> PublicPosts() => new(Posts);

    private static ByteArrayContent Raw(string type, params object[] parts)
    {
        var content = new ByteArrayContent(parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p).ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return content;
    }

    private static readonly byte[] InvalidUtf8 = [0xFF, 0xFE, 0xC3];

    private static async Task<string[]> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return json.GetProperty("errors").GetProperty(field).Deserialize<string[]>()!;
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [MemberData(nameof(PublicPosts))]
    public async Task A_lone_surrogate_in_a_json_string_is_400_naming_the_field(string endpoint)
    {
        await using var api = new TestApi();
        using var response = await api.Client().PostAsync(endpoint, Raw("application/json", "{\"token\":\"x\",\"comment\":\"\\ud800 好\"}"));
        Assert.Contains("无法识别的字符", Assert.Single(await FieldErrorAsync(response, "comment")));
    }

    [Theory]
    [MemberData(nameof(PublicPosts))]
    public async Task Invalid_utf8_inside_a_json_string_is_400_naming_the_field(string endpoint)
    {
        await using var api = new TestApi();
        using var response = await api.Client().PostAsync(endpoint, Raw("application/json", "{\"token\":\"x\",\"name\":\"", InvalidUtf8, "\"}"));
        Assert.Contains("无法识别的字符", Assert.Single(await FieldErrorAsync(response, "name")));
    }

    [Theory]
    [MemberData(nameof(PublicPosts))]
    public async Task Invalid_utf8_in_a_form_field_is_a_400_page_naming_the_field(string endpoint)
    {
        await using var api = new TestApi();
        using var urlEncoded = await api.Client().PostAsync(endpoint, Raw("application/x-www-form-urlencoded", "token=x&name=", InvalidUtf8));
        var page = await PageAsync(urlEncoded);
        Assert.Contains(TestApi.ShellMarker, page);
        Assert.Contains("「name」含有无法识别的字符", page);

        using var multipart = await api.Client().PostAsync(endpoint, Raw("multipart/form-data; boundary=b",
            "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n", InvalidUtf8, "\r\n--b--\r\n"));
        Assert.Contains("「description」含有无法识别的字符", await PageAsync(multipart));
    }

    [Theory]
    [MemberData(nameof(PublicPosts))]
    public async Task A_multipart_body_without_its_closing_boundary_is_400(string endpoint)
    {
        await using var api = new TestApi();
        const string Cut = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n张三\r\n--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx@example.com";
        Assert.Contains("无法读取", await PageAsync(await api.Client().PostAsync(endpoint, Raw("multipart/form-data; boundary=b", Cut))));

        using var script = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = Raw("multipart/form-data; boundary=b", Cut) };
        script.Headers.Accept.ParseAdd("application/json");
        using var response = await api.Client().SendAsync(script);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Broken_text_is_never_stored_nor_mailed()
    {
        await using var api = new TestApi();
        var request = TestApi.ValidRequest();
        using var response = await api.Client().PostAsync("/api/corrections", Raw("application/json",
            JsonSerializer.Serialize(request)[..^1] + ",\"evidence\":\"\\udfff\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM corrections"));
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task The_nine_requests_of_the_security_review_get_400_from_kestrel_too()
    {
        await using var api = new TestApi();
        api.Factory.UseKestrel(0);
        api.Factory.StartServer();
        using var client = new HttpClient { BaseAddress = api.Factory.ClientOptions.BaseAddress };
        const string Cut = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n张三";
        foreach (var path in Posts)
        {
            using var surrogate = await client.PostAsync(path, Raw("application/json", "{\"token\":\"\\ud800\"}"));
            using var utf8 = await client.PostAsync(path, Raw("application/json", "{\"token\":\"", InvalidUtf8, "\"}"));
            using var multipart = await client.PostAsync(path, Raw("multipart/form-data; boundary=b", Cut));
            Assert.All([surrogate, utf8, multipart], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        }
    }
}

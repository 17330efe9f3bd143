using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Enforcement.Api.Tests.Infrastructure.Forms;

/// <summary>
/// Malformed JSON, form and multipart bodies, and mangled paths and query strings, thrown at every public
/// endpoint (and the staff writes): whatever arrives, the answer is never a 5xx.
/// </summary>
public sealed class MalformedInputFuzzTests
{
    private const int Cases = 250;

    /// <summary>Valid bodies to start from, so mutations reach past the first check.</summary>
    private static readonly (string Type, byte[] Body)[] Seeds =
    [
        ("application/json", JsonSerializer.SerializeToUtf8Bytes(TestApi.ValidRequest())),
        ("application/json", JsonSerializer.SerializeToUtf8Bytes(TestApi.ValidRating())),
        ("application/json", "{\"token\":\"abc\",\"status\":\"verifying\",\"reply\":\"核实中\",\"note\":\"已回访\"}"u8.ToArray()),
        ("application/x-www-form-urlencoded", Encoding.UTF8.GetBytes(string.Join("&", TestApi.ValidForm().Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value)}")))),
        ("multipart/form-data; boundary=XyZ", Multipart()),
    ];

    private static byte[] Multipart()
    {
        var text = new StringBuilder();
        foreach (var (key, value) in TestApi.ValidRequest())
            text.Append($"--XyZ\r\nContent-Disposition: form-data; name=\"{key}\"\r\n\r\n{value}\r\n");
        text.Append("--XyZ\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"证据.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n%%EOF\r\n--XyZ--\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=iso-8859-1", "application/x-www-form-urlencoded", "multipart/form-data",
        "multipart/form-data; boundary=XyZ", "multipart/form-data; boundary=\"\"", "multipart/form-data; boundary=" + new string('b', 200),
        "text/plain", "application/xml",
    ];

    /// <summary>Byte sequences that have broken parsers here before: lone surrogates, invalid UTF-8, cut escapes, deep nesting.</summary>
    private static readonly byte[][] Nasty =
    [
        "\\ud800"u8.ToArray(), "\\udfff\\ud800"u8.ToArray(), [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0],
        "%"u8.ToArray(), "%ED%A0%80"u8.ToArray(), "%FF"u8.ToArray(), "\\u"u8.ToArray(), "\""u8.ToArray(), "{"u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('[', 100)), "\r\n--XyZ\r\n"u8.ToArray(), "\r\n--XyZ--"u8.ToArray(),
        "\r\nContent-Disposition: form-data; name=\"x\"; filename=\"a\u202Egpj.exe\"\r\n\r\n"u8.ToArray(),
        "\r\nContent-Disposition: form-data; name=\"logo\"; filename=\"evil.html\"\r\n\r\n<html>"u8.ToArray(),
        "\u202E"u8.ToArray(), "&&&==&"u8.ToArray(),
    ];

    private static Gen<byte[]> Mutated(byte[] seed)
    {
        // Just after a quote or an = is inside a JSON string or a form value: where broken text does harm.
        var valueStarts = seed.Select((b, i) => (b, i)).Where(x => x.b is (byte)'"' or (byte)'=' or (byte)'\n').Select(x => x.i + 1).ToArray();
        return from kind in Gen.Choose(0, 5)
               from at in Gen.Choose(0, seed.Length)
               from inValue in Gen.Elements(valueStarts)
               from nasty in Gen.Elements(Nasty)
               from noise in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))
               select kind switch
               {
                   0 => seed[..at],                                            // cut short
                   1 => [.. seed[..at], .. nasty, .. seed[at..]],              // something nasty anywhere
                   2 => [.. seed[..inValue], .. nasty, .. seed[inValue..]],    // something nasty inside a value
                   3 => [.. seed[..at], .. noise, .. seed[Math.Min(seed.Length, at + noise.Length)..]], // overwritten with noise
                   4 => [.. seed[..at], .. nasty],                             // cut with a nasty ending
                   _ => noise,                                                 // nothing but noise
               };
    }

    private static readonly Gen<(string Type, byte[] Body)> Bodies =
        from seed in Gen.Elements(Seeds)
        from body in Mutated(seed.Body)
        from keepType in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from otherType in Gen.Elements(ContentTypes)
        select (keepType ? seed.Type : otherType, body);

    private static readonly Gen<string> Segments = Gen.Elements(
        "GZ-2026-000001", "GZ-2026-000099", "%ED%A0%80", "%FF%FE", "..%2F..%2Fetc", "%01%7F", new string('9', 300), "PJ-2026-000001",
        "%E2%80%AEexe", "a%20b", "36090012345", "");
    // (Not %00: Kestrel refuses a path with a NUL before the API sees it, and TestServer throws on it.)

    private static readonly Gen<string> QueryValues = Gen.OneOf(
        Segments,
        Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => Uri.EscapeDataString(new string(cs).Replace("\uD800", ""))));

    private static readonly Gen<string> Posts =
        from path in Gen.Elements("/api/feedback", "/api/corrections", "/api/corrections/{0}/confirm",
            "/api/admin/corrections/{0}/transitions", "/api/admin/feedback/{0}/follow-ups")
        from segment in Segments
        select string.Format(path, segment);

    private static readonly Gen<string> Gets =
        from path in Gen.Elements("/api/search?q={1}&page={1}&year={1}", "/api/search/page?q={1}&sort={1}", "/api/corrections/{0}?token={1}",
            "/api/corrections/status/page?ticket={1}&token={1}", "/api/corrections/form?decision={1}&certificate={1}", "/api/officers/{0}/page?token={1}", "/api/health?{1}",
            "/api/admin/corrections?status={1}&overdue={1}", "/api/admin/feedback?from={1}&size={1}", "/api/admin/corrections/{0}/attachments/{1}")
        from segment in Segments
        from value in QueryValues
        select string.Format(path, segment, value);

    private static void NeverA5xx(HttpResponseMessage response, string what) =>
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {what}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");

    [Fact]
    public async Task Malformed_bodies_at_every_endpoint_that_takes_one_never_get_a_5xx()
    {
        await using var api = new TestApi(new() { ["Portal:RateLimits:SubmitPermits"] = "100000" });
        await api.SubmitAsync(); // GZ-2026-000001 exists, so confirm and the staff moves reach their checks
        var client = api.StaffClient(TestApi.KeyAll);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Posts.ToArbitrary(), Bodies.ToArbitrary(), (path, body) =>
        {
            var content = new ByteArrayContent(body.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", body.Type);
            using var response = client.PostAsync(path, content).GetAwaiter().GetResult();
            NeverA5xx(response, $"POST {path} ({body.Type}, {body.Body.Length} bytes: {Convert.ToHexString(body.Body.AsSpan(0, Math.Min(64, body.Body.Length)))})");
        }));
    }

    [Fact]
    public async Task Mangled_paths_and_query_strings_never_get_a_5xx()
    {
        await using var api = new TestApi(index: Search.SearchSamples.Sample);
        var client = api.StaffClient(TestApi.KeyAll);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Gets.ToArbitrary(), path =>
        {
            using var response = client.GetAsync(path).GetAwaiter().GetResult();
            NeverA5xx(response, "GET " + path);
        }));
    }
}

using System.Text.Json;

namespace Enforcement.Api.Infrastructure.Forms;

/// <summary>
/// A public submission read the same way whether it came as JSON or as a plain HTML form post, so one
/// validator serves both. Values are trimmed; lists hold every value of a repeated field.
/// </summary>
public sealed class Submission
{
    /// <summary>A field hidden from people by CSS; bots fill it in.</summary>
    public const string HoneypotField = "website";

    private readonly Dictionary<string, List<string>> fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when it came from an HTML form, so the answer should be a page rather than JSON.</summary>
    public bool IsForm { get; private init; }

    public IReadOnlyList<IFormFile> Files { get; private init; } = [];

    public string? this[string name] =>
        fields.TryGetValue(name, out var values) && values.Count > 0 && values[0].Length > 0 ? values[0] : null;

    public IReadOnlyList<string> List(string name) =>
        fields.TryGetValue(name, out var values) ? values.Where(v => v.Length > 0).ToList() : [];

    public bool FilledHoneypot => this[HoneypotField] is not null;

    /// <summary>Reads the request body; null (with the reason) when it is neither valid JSON nor a form.</summary>
    public static async Task<(Submission? Submission, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancel);
            var submission = new Submission { IsForm = true, Files = form.Files.ToList() };
            foreach (var (key, values) in form)
                submission.fields[key] = values.Select(v => (v ?? "").Trim()).ToList();
            return (submission, null);
        }
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                using var doc = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancel);
                if (doc.RootElement.ValueKind != JsonValueKind.Object) return (null, "请求内容应为 JSON 对象。");
                var submission = new Submission();
                foreach (var property in doc.RootElement.EnumerateObject())
                    submission.fields[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                        ? property.Value.EnumerateArray().Select(Scalar).ToList()
                        : [Scalar(property.Value)];
                return (submission, null);
            }
            catch (JsonException) { return (null, "请求内容不是有效的 JSON。"); }
        }
        return (null, "请以 JSON 或表单方式提交。");
    }

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!.Trim(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "",
        _ => e.GetRawText(),
    };
}

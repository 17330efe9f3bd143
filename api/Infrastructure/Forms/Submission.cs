using System.Text.Json;

namespace Enforcement.Api.Infrastructure.Forms;

/// <summary>
/// A public submission read the same way whether it came as JSON or as a plain HTML form post, so one
/// validator serves both. Values are trimmed and lose the bidi controls that make text read other than it is;
/// lists hold every value of a repeated field. The body is read
/// once per request (<see cref="BrokenBodies"/> reads it first); later reads get the same result.
/// </summary>
public sealed class Submission
{
    /// <summary>A field hidden from people; bots fill it in. The public form that has it is rendered by the ui project.</summary>
    public const string HoneypotField = Enforcement.Ui.Corrections.CorrectionRequestForm.HoneypotField;

    /// <summary>What a field whose text could not be read is called when even its name could not be.</summary>
    public const string UnnamedField = "body";

    private readonly Dictionary<string, List<string>> fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when it came from an HTML form, so the answer should be a page rather than JSON.</summary>
    public bool IsForm { get; private init; }

    public IReadOnlyList<IFormFile> Files { get; private init; } = [];

    /// <summary>
    /// Fields whose text is not valid Unicode: a lone surrogate escaped in JSON ("\ud800"), invalid UTF-8 bytes in
    /// a JSON string, or in a form field (which the form reader turns into U+FFFD).
    /// </summary>
    public FieldErrors Unreadable { get; } = new();

    public string? this[string name] =>
        fields.TryGetValue(name, out var values) && values.Count > 0 && values[0].Length > 0 ? values[0] : null;

    public IReadOnlyList<string> List(string name) =>
        fields.TryGetValue(name, out var values) ? values.Where(v => v.Length > 0).ToList() : [];

    public bool FilledHoneypot => this[HoneypotField] is not null;

    /// <summary>
    /// Reads the request body; null (with the reason) when it is neither valid JSON nor a readable form. A body
    /// over the endpoint's size limit still throws BadHttpRequestException (413).
    /// </summary>
    public static async Task<(Submission? Submission, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.HttpContext.Items[typeof(Submission)] is ValueTuple<Submission?, string?> read) return read;
        read = await ReadBodyAsync(request, cancel);
        request.HttpContext.Items[typeof(Submission)] = read;
        return read;
    }

    private static async Task<(Submission?, string?)> ReadBodyAsync(HttpRequest request, CancellationToken cancel)
    {
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await request.ReadFormAsync(cancel); }
            // A multipart body cut short (no closing boundary), a malformed part header, too many parts...
            catch (Exception e) when (e is IOException or InvalidDataException
                or BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge })
            {
                return (null, UnreadableForm);
            }
            var submission = new Submission { IsForm = true, Files = form.Files.ToList() };
            foreach (var (key, values) in form)
            {
                submission.fields[key] = values.Select(v => Plain(v ?? "")).ToList();
                if (values.Any(v => v?.Contains('\uFFFD') == true)) submission.Unreadable.Add(key, BrokenText);
            }
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
                {
                    // Names and strings are decoded only here: invalid UTF-8 or a lone surrogate throws.
                    string name;
                    try { name = property.Name; }
                    catch (InvalidOperationException)
                    {
                        submission.Unreadable.Add(UnnamedField, BrokenText);
                        continue;
                    }
                    try
                    {
                        submission.fields[name] = property.Value.ValueKind == JsonValueKind.Array
                            ? property.Value.EnumerateArray().Select(Scalar).ToList()
                            : [Scalar(property.Value)];
                    }
                    catch (InvalidOperationException)
                    {
                        submission.Unreadable.Add(name.Length > 64 ? name[..64] : name, BrokenText);
                    }
                }
                return (submission, null);
            }
            catch (JsonException) { return (null, "请求内容不是有效的 JSON。"); }
        }
        return (null, "请以 JSON 或表单方式提交。");
    }

    public const string UnreadableForm = "表单内容不完整或格式有误，无法读取（可能是上传中断），请重新提交。";

    public const string BrokenText = "含有无法识别的字符（可能是编码错误或复制时带入的乱码），请删除后重新输入。";

    /// <summary>
    /// The text trimmed and without bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a request's
    /// 正确内容 “a\u202E…” shows staff, on the console and in mail, characters in another order than typed (an amount, a
    /// name). Arabic or Hebrew typed as such needs none of them. Trimmed of what shows nothing too (a zero-width space,
    /// a byte-order mark pasted at the start: <see cref="BlankText"/>), so that a required field holding only those is empty, not filled.
    /// </summary>
    internal static string Plain(string text)
    {
        var trimmed = BlankText.Trim(text);
        if (trimmed.AsSpan().IndexOfAnyInRange('\u202A', '\u202E') < 0 && trimmed.AsSpan().IndexOfAnyInRange('\u2066', '\u2069') < 0) return trimmed;
        return BlankText.Trim(string.Concat(trimmed.Where(c => c is not (>= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'))));
    }

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => Plain(e.GetString()!),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "",
        _ => e.GetRawText(),
    };
}

using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Infrastructure.Forms;

/// <summary>
/// Per-field messages for the public, in Chinese, collected by a validator and returned all at once. Every
/// endpoint answers field errors in this one shape: 400 problem details with the messages under "errors".
/// </summary>
public sealed partial class FieldErrors
{
    /// <summary>The key of a message about the whole submission rather than one field (too many submissions).</summary>
    public const string WholeForm = "form";

    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public static FieldErrors From(IEnumerable<KeyValuePair<string, string>> messages)
    {
        var errors = new FieldErrors();
        foreach (var (field, message) in messages) errors.Add(field, message);
        return errors;
    }

    public IDictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>400 problem details with the errors under "errors", every message also in "detail".</summary>
    public ValidationProblem ToProblem(string title = "提交的内容有误，请修改后重试") =>
        TypedResults.ValidationProblem(ToDictionary(), title: title, detail: Sentence(errors.SelectMany(e => e.Value)));

    /// <summary>A message for a page, without the parameter's name that scripts need (搜索词（参数 q）太长 → 搜索词太长).</summary>
    public static string ForPeople(string message) => ParameterName().Replace(message, "");

    [System.Text.RegularExpressions.GeneratedRegex("（参数 [a-zA-Z]+）")]
    private static partial System.Text.RegularExpressions.Regex ParameterName();

    /// <summary>Messages as one sentence: 请填写姓名；电子邮箱格式不正确。 (each ends in 。, which before ；would read 。；).</summary>
    public static string Sentence(IEnumerable<string> messages) =>
        string.Join("；", messages.Select(m => m.TrimEnd('。', '；'))) + "。";
}

using System.Globalization;

namespace Enforcement.Search;

/// <summary>Most relevant first, newest first, the largest amount (罚没金额) first, or the smallest amount first.</summary>
public enum SearchSort { Relevance, Date, Amount, AmountAscending }

/// <summary>One search, validated. Empty filters mean "any".</summary>
public sealed record SearchRequest(
    string Query,
    string? Body = null,
    string? Category = null,
    int? Year = null,
    string? Penalty = null,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int Size = SearchRequest.DefaultSize)
{
    /// <summary>Only decisions or only 双随机 results (<see cref="SearchKinds"/>); null for both.</summary>
    public string? Kind { get; init; }

    public const int DefaultSize = 10;
    public const int MaxSize = 50;
    public const int MaxPage = 100;
    private const int MaxFilterLength = 100;

    /// <summary>
    /// Reads the query-string parameters as a person or a script sent them. Returns the request, or the
    /// problems keyed by parameter name, each in Chinese and naming the parameter.
    /// </summary>
    public static (SearchRequest? Request, IReadOnlyDictionary<string, string> Errors) Parse(
        string? q, string? body = null, string? category = null, string? year = null, string? penalty = null,
        string? sort = null, string? page = null, string? size = null, string? kind = null)
    {
        var errors = new Dictionary<string, string>();
        var kindValue = Blank(kind);
        if (kindValue is not null && !SearchKinds.All.Contains(kindValue))
            errors["kind"] = "类型（参数 kind）只能是 decision（处罚决定）或 inspection（双随机抽查结果）。";
        var query = DecisionNumberKey.WellFormed(q ?? "").Trim();
        if (query.Length > UserQuery.MaxLength)
            errors["q"] = $"搜索词（参数 q）太长：最多 {UserQuery.MaxLength} 个字符，现有 {query.Length} 个。";
        else if (UserQuery.Parse(query).Parts.Count > UserQuery.MaxParts)
            errors["q"] = $"搜索词（参数 q）最多 {UserQuery.MaxParts} 个词，请减少空格分隔的词语。";

        int? yearValue = null;
        if (!string.IsNullOrWhiteSpace(year))
        {
            if (int.TryParse(year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 9999)
                yearValue = y;
            else
                errors["year"] = "年份（参数 year）应为四位数字，例如 2025。";
        }

        var sortValue = SearchSort.Relevance;
        switch ((sort ?? "").Trim().ToLowerInvariant())
        {
            case "" or "relevance": break;
            case "date": sortValue = SearchSort.Date; break;
            case "amount": sortValue = SearchSort.Amount; break;
            case "amount-asc": sortValue = SearchSort.AmountAscending; break;
            default: errors["sort"] = "排序方式（参数 sort）只能是 relevance（相关度）、date（日期）、amount（罚没金额，多的在前）或 amount-asc（罚没金额，少的在前）。"; break;
        }

        var pageValue = Number(page, "page", 1, MaxPage, 1, $"页码（参数 page）应为 1 到 {MaxPage} 之间的整数。");
        var sizeValue = Number(size, "size", 1, MaxSize, DefaultSize, $"每页条数（参数 size）应为 1 到 {MaxSize} 之间的整数。");

        foreach (var (name, value, label) in new[] { ("body", body, "执法主体"), ("category", category, "类别"), ("penalty", penalty, "处罚种类") })
            if (value is { Length: > MaxFilterLength })
                errors[name] = $"{label}（参数 {name}）太长：最多 {MaxFilterLength} 个字符。";

        if (errors.Count > 0) return (null, errors);
        return (new SearchRequest(query, Blank(body), Blank(category), yearValue, Blank(penalty), sortValue, pageValue, sizeValue) { Kind = kindValue }, errors);

        int Number(string? text, string name, int min, int max, int fallback, string message)
        {
            if (string.IsNullOrWhiteSpace(text)) return fallback;
            if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
            errors[name] = message;
            return fallback;
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

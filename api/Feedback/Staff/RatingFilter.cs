using System.Globalization;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>
/// Which ratings a staff request asks for. A key scoped to one body is held to that body whatever it asks;
/// asking for another body is refused rather than silently answered with nothing.
/// </summary>
public sealed record RatingFilter(
    string? Body = null,
    string? Certificate = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? Rating = null,
    int? MaxRating = null,
    bool? HasProblems = null,
    bool? FollowedUp = null,
    string? OfficerName = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <param name="console">
    /// The published bodies, when a person asks in the console: told in words with the bodies' names, and an unknown
    /// body refused as the correction queue refuses it (it listed 共 0 条 as if that were the answer). The admin API,
    /// read by scripts with a key, keeps its wording.
    /// </param>
    public static (RatingFilter Filter, FieldErrors Errors) Parse(IQueryCollection query, StaffIdentity staff, Infrastructure.Data.PortalData? console = null)
    {
        var errors = new FieldErrors();
        var body = Text(query, "body");
        if (staff.Body != "*")
        {
            if (body is not null && body != staff.Body)
                errors.Add("body", console is null ? $"此密钥只能查看执法主体 {staff.Body} 的评价。"
                    : BodyChoice.Refusal(body, console.Body(body)?.Name, console.Body(staff.Body)?.Name ?? staff.Body, "评价"));
            body = staff.Body;
        }
        else if (body is not null && console is not null && console.Body(body) is null)
            errors.Add("body", BodyChoice.Refusal(body, null, null, "评价"));
        // officer: an 执法证号 as typed, or, when it has no digit, the officer's name (staff know 李明, not 36090012345).
        var officer = Text(query, "officer");
        var byName = officer is not null && !officer.Any(char.IsDigit) ? officer.Replace(" ", "").Replace("\u3000", "") : null;
        var filter = new RatingFilter(
            body,
            officer is not null && byName is null ? Enforcement.Registry.CertificateText.Normalize(officer) : null,
            Date(query, "from", errors),
            Date(query, "to", errors),
            Int(query, "rating", 1, 5, errors),
            Int(query, "maxRating", 1, 5, errors),
            Bool(query, "problems", errors),
            Bool(query, "followedUp", errors),
            byName);
        if (filter.From > filter.To)
            errors.Add("from", $"检查日期（从）{filter.From:yyyy-MM-dd} 晚于检查日期（至）{filter.To:yyyy-MM-dd}（参数 from）。");
        return (filter, errors);
    }

    /// <summary>The WHERE clause (over ratings aliased r) and its parameters.</summary>
    public (string Sql, (string Name, object? Value)[] Parameters) ToSql()
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string clause, string name, object? value)
        {
            clauses.Add(clause);
            parameters.Add((name, value));
        }
        if (Body is not null) Add("r.body_slug = @body", "@body", Body);
        if (Certificate is not null) Add("r.certificate = @certificate", "@certificate", Certificate);
        if (OfficerName is not null) Add("r.officer_name = @officerName", "@officerName", OfficerName);
        if (From is { } from) Add("r.visit_date >= @from", "@from", RatingStore.Day(from));
        if (To is { } to) Add("r.visit_date <= @to", "@to", RatingStore.Day(to));
        if (Rating is { } rating) Add("r.rating = @rating", "@rating", rating);
        if (MaxRating is { } max) Add("r.rating <= @maxRating", "@maxRating", max);
        if (HasProblems is { } problems) Add("r.has_problems = @hasProblems", "@hasProblems", problems ? 1 : 0);
        if (FollowedUp is { } followed)
            clauses.Add((followed ? "" : "NOT ") + FollowedUpSql);
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), parameters.ToArray());
    }

    public const string FollowedUpSql =
        "EXISTS (SELECT 1 FROM rating_history h WHERE h.rating_id = r.id AND h.action = '" + HistoryActions.FollowUp + "')";

    public const string BodyNotedSql =
        "EXISTS (SELECT 1 FROM rating_history h WHERE h.rating_id = r.id AND h.action = '" + HistoryActions.BodyNote + "')";

    public static (int Page, int Size) Paging(IQueryCollection query, FieldErrors errors) =>
        (Int(query, "page", 1, int.MaxValue, errors) ?? 1, Int(query, "size", 1, MaxPageSize, errors) ?? DefaultPageSize);

    private static string? Text(IQueryCollection query, string name) =>
        query[name].FirstOrDefault()?.Trim() is { Length: > 0 } value ? value : null;

    private static DateOnly? Date(IQueryCollection query, string name, FieldErrors errors)
    {
        if (Text(query, name) is not { } text) return null;
        if (ConsoleDates.TryParse(text, out var date)) return date;
        errors.Add(name, $"{Named(name)}应为日期，如 2026-03-01。");
        return null;
    }

    internal static int? Int(IQueryCollection query, string name, int min, int max, FieldErrors errors)
    {
        if (Text(query, name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors.Add(name, $"{Named(name)}应为 {min} 到 {max} 之间的整数。");
        return null;
    }

    private static bool? Bool(IQueryCollection query, string name, FieldErrors errors)
    {
        if (Text(query, name) is not { } text) return null;
        if (bool.TryParse(text, out var value)) return value;
        errors.Add(name, $"{Named(name)}应为 true 或 false。");
        return null;
    }

    /// <summary>A parameter as the console's form labels it, with its name for scripts: 检查日期（从）（参数 from）.</summary>
    private static string Named(string name) => (name switch
    {
        "from" => "检查日期（从）",
        "to" => "检查日期（至）",
        "rating" => "评分",
        "maxRating" => "最高评分",
        "problems" => "只看反映了问题的",
        "followedUp" => "只看未跟进的",
        "page" => "页码",
        "size" => "每页条数",
        _ => name,
    }) + $"（参数 {name}）";
}

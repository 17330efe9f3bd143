using System.Text;
using Enforcement.Time;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>
/// The CSV export, made to open correctly in Excel: UTF-8 with a byte order mark (else Excel reads it as GBK),
/// CRLF lines, fields quoted when needed, and any cell that a spreadsheet would take for a formula (= + - @,
/// tab, CR) prefixed with an apostrophe, since comments come from the public.
/// </summary>
public static class RatingCsv
{
    public static byte[] Write(IEnumerable<StoredRating> ratings, Func<string, string> bodyName, bool withContact)
    {
        var csv = new StringBuilder();
        string[] header = ["评价编号", "收到时间", "检查日期", "执法人员", "执法证号", "执法主体", "单位", "评分", "满意程度",
            "做到的事项", "反映的问题", "补充说明", "已跟进"];
        Row(csv, withContact ? [.. header, "联系方式"] : header);
        foreach (var r in ratings)
        {
            string[] cells = [r.Reference, r.Received.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm"), RatingStore.Day(r.VisitDate),
                r.OfficerName, r.Certificate, bodyName(r.BodySlug), r.Unit, r.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RatingVocabulary.LevelOf(r.Rating), string.Join("、", r.Checks), string.Join("、", r.Problems), r.Comment ?? "",
                r.FollowedUp ? "是" : "否"];
            Row(csv, withContact ? [.. cells, r.Contact ?? ""] : cells);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell));
        csv.Append("\r\n");
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

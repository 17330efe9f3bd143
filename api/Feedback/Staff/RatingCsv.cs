using Enforcement.Contacts;
using Enforcement.Csv;
using Enforcement.Time;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>
/// The ratings as CSV for staff, newest first as the console lists them (written by <see cref="CsvWriter"/>: Excel-safe,
/// formulas defused, since comments come from the public). The contact column, and the contacts a comment holds, for the
/// supervision office only.
/// </summary>
public static class RatingCsv
{
    public static byte[] Write(IEnumerable<StoredRating> ratings, Func<string, string> bodyName, bool withContact)
    {
        var csv = new CsvWriter();
        string[] header = ["评价编号", "收到时间", "检查日期", "执法人员", "执法证号", "执法主体", "单位", "评分", "满意程度",
            "做到的事项", "反映的问题", "补充说明", "已跟进", "本单位已说明"];
        csv.Row(withContact ? [.. header, "联系方式"] : header);
        foreach (var r in ratings)
        {
            string[] cells = [r.Reference, ChinaTime.At(r.Received).ToString("yyyy-MM-dd HH:mm"), RatingStore.Day(r.VisitDate),
                r.OfficerName, r.Certificate, bodyName(r.BodySlug), r.Unit, r.Rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
                RatingVocabulary.LevelOf(r.Rating), string.Join("、", r.Checks), string.Join("、", r.Problems),
                r.CommentFor(supervisionOffice: withContact) ?? "",
                r.FollowedUp ? "是" : "否", r.BodyNoted ? "是" : "否"];
            // 07957654321 opened in Excel lost its 0: a landline goes out as 0795-7654321, which it keeps as text.
            csv.Row(withContact ? [.. cells, r.Contact is { } contact ? ContactRules.WithAreaCodeApart(contact) : ""] : cells);
        }
        return csv.ToBytes();
    }
}

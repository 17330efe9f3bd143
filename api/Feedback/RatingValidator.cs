using System.Globalization;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Cards;
using Enforcement.Contacts;
using Enforcement.Registry;
using Enforcement.Validation;

namespace Enforcement.Api.Feedback;

/// <summary>
/// Every rule a rating must pass (issue 5), as one pure function: the same messages serve the JSON answer and
/// the no-JavaScript form page. All problems are reported at once, each under the field it is about.
/// </summary>
public static class RatingValidator
{
    public static (RatingRequest? Rating, FieldErrors Errors) Validate(
        Submission form, Func<string, RegistryOfficer?> findOfficer, CardVerdict card, DateOnly today)
    {
        var errors = new FieldErrors();
        var officer = CheckCard(form, findOfficer, card, today, errors);
        var visitDate = CheckVisitDate(form["visitDate"], today, errors);
        var rating = CheckRating(form["rating"], errors);
        var checks = CheckChoices(form.List("checks"), RatingVocabulary.Checks, "checks", "执法规范情况", errors);
        var problems = CheckChoices(form.List("problems"), RatingVocabulary.Problems, "problems", "问题类别", errors);
        var comment = CheckComment(form["comment"], errors);
        // ＺＨＡＮＧ＠qq。com as a Chinese input method types it is the address meant, and １３９ ７９５０ ００００ the number
        // (kept as typed, it reached the office's console and CSV full-width and spaced, as the correction form never does).
        var contact = form["contact"] is not { } typed ? null
            : ContactRules.NormalizeEmail(typed) is { } folded && folded.Contains('@') ? folded
            : ContactRules.NormalizePhone(typed) ?? typed;
        if (contact is not null && !ContactRules.IsPhoneOrEmail(contact))
            errors.Add("contact", "联系方式应为手机号码、固定电话（含区号）或电子邮箱地址，也可以不填。");

        if (errors.Any) return (null, errors);
        return (new RatingRequest(officer!, card.Serial!.Value, visitDate!.Value, rating!.Value, checks, problems, comment, contact), errors);
    }

    private static RegistryOfficer? CheckCard(Submission form, Func<string, RegistryOfficer?> findOfficer, CardVerdict card, DateOnly today, FieldErrors errors)
    {
        var certificate = form["certificate"];
        if (certificate is null)
        {
            errors.Add("certificate", "缺少执法证号，请扫描执法人员出示的监督卡二维码进入评价页面。");
            return null;
        }
        var officer = findOfficer(certificate);
        var standing = OfficerStandings.Of(officer, today);
        // Here only the token's signature is known; the register is asked when the rating is written (RatingBatch).
        if (officer is not null && !card.MayRate) errors.Add("token", CardError(card));
        if (standing.RefusalReason() is { } reason) errors.Add("certificate", reason);
        return officer;
    }

    /// <summary>Why a card may not rate, under the "token" field: withdrawn and replaced cards say so.</summary>
    public static string CardError(CardVerdict card) =>
        card.Why is { } why ? why + "请扫描执法人员出示的有效监督卡上的二维码。" : "评价需扫描执法人员出示的监督卡二维码进入；此链接无效或监督卡已更换。";

    private static DateOnly? CheckVisitDate(string? value, DateOnly today, FieldErrors errors)
    {
        if (value is null)
        {
            errors.Add("visitDate", "请填写执法检查的日期。");
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add("visitDate", "检查日期格式应为 年-月-日，例如 2026-03-08。");
            return null;
        }
        if (date > today)
        {
            errors.Add("visitDate", "检查日期不能晚于今天。");
            return null;
        }
        if (date < today.AddDays(-RatingVocabulary.VisitMaxAgeDays))
        {
            errors.Add("visitDate", $"只能评价最近 {RatingVocabulary.VisitMaxAgeDays} 天内的执法检查；更早的情况请拨打监督电话反映。");
            return null;
        }
        return date;
    }

    private static int? CheckRating(string? value, FieldErrors errors)
    {
        if (value is null)
        {
            errors.Add("rating", "请选择总体满意程度。");
            return null;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating)
            || rating is < RatingVocabulary.MinRating or > RatingVocabulary.MaxRating)
        {
            errors.Add("rating", $"总体满意程度应为 1（{RatingVocabulary.Levels[0]}）到 5（{RatingVocabulary.Levels[^1]}）之间的整数。");
            return null;
        }
        return rating;
    }

    private static List<string> CheckChoices(IReadOnlyList<string> given, string[] allowed, string field, string label, FieldErrors errors)
    {
        var unknown = given.Where(v => !allowed.Contains(v, StringComparer.Ordinal)).Distinct().ToList();
        if (unknown.Count > 0)
            errors.Add(field, $"{label}只能从以下选项中选择：{string.Join("、", allowed)}（收到：{string.Join("、", unknown.Take(3).Select(Shorten))}）。");
        // Stored in the form's order, once each, whatever order they came in.
        return allowed.Where(a => given.Contains(a, StringComparer.Ordinal)).ToList();
    }

    private static string Shorten(string value) => value.Length > 20 ? value[..20] + "…" : value;

    private static string? CheckComment(string? value, FieldErrors errors)
    {
        if (value is null) return null;
        // Browsers send a textarea's line breaks as CRLF but count them as one character against maxlength.
        var comment = value.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (CharacterCount.Of(comment) is var count && count > RatingVocabulary.CommentMaxLength)
        {
            errors.Add("comment", $"补充说明不能超过 {RatingVocabulary.CommentMaxLength} 字（现有 {count} 字）。");
            return null;
        }
        return comment;
    }
}

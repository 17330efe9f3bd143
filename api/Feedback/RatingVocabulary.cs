namespace Enforcement.Api.Feedback;

/// <summary>The fixed choices of the rating form (issue 5); the form, the validator and the reports all read these.</summary>
public static class RatingVocabulary
{
    /// <summary>Overall satisfaction, index + 1 is the rating.</summary>
    public static readonly string[] Levels = ["非常不满意", "不满意", "一般", "满意", "非常满意"];

    /// <summary>Conduct checks: each one the rater ticks held during the visit.</summary>
    public static readonly string[] Checks = ["主动出示执法证件", "告知执法事由/依据/权利", "文明规范", "未索取财物"];

    /// <summary>Problem categories.</summary>
    public static readonly string[] Problems = ["乱检查", "乱罚款", "态度粗暴", "吃拿卡要", "其他"];

    public const int MinRating = 1;
    public const int MaxRating = 5;

    /// <summary>A rating at or below this reaches the supervision office at once.</summary>
    public const int PoorAtOrBelow = 2;

    /// <summary>满意 or 非常满意 count as satisfied in the monthly figures.</summary>
    public const int SatisfiedFrom = 4;

    public const int CommentMaxLength = 500;

    /// <summary>How far back a visit may be rated.</summary>
    public const int VisitMaxAgeDays = 90;

    public static string LevelOf(int rating) => rating is >= MinRating and <= MaxRating ? Levels[rating - 1] : rating.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

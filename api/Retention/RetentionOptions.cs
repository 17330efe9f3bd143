namespace Enforcement.Api.Retention;

/// <summary>Portal:Retention — how long the API keeps personal data it no longer needs (个人信息保护法 第十九条).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Portal:Retention";

    /// <summary>A rater's contact and address hash: days after the rating was received, or after its last follow-up if later.</summary>
    public int RaterDays { get; set; } = 180;

    /// <summary>A correction requester's name, e-mail, phone and attachments: days after the request was closed (corrected, refused) or lapsed.</summary>
    public int RequesterDays { get; set; } = 365;

    /// <summary>How often the erasure runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}

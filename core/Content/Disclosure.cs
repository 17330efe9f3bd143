namespace Enforcement.Content;

/// <summary>
/// content/disclosure/&lt;body&gt;.yml: what a body publishes before it acts (事前公开) beyond its body file:
/// 行政执法事项清单 with 服务指南, 行政裁量基准 and 重大执法决定法制审核目录清单.
/// </summary>
public sealed record BodyDisclosure(
    string BodySlug,
    IReadOnlyList<ServiceGuide> Services,
    IReadOnlyList<DiscretionStandard> Discretion,
    IReadOnlyList<LegalReviewItem> LegalReview);

/// <summary>One 行政执法事项 with its 服务指南: what a person needs to know to deal with it.</summary>
public sealed record ServiceGuide(
    string Name,
    string Basis,
    string Agency,
    string TimeLimit,
    string Supervision,
    string Accountability,
    string Remedy,
    string OfficeHours,
    string Address,
    string Phone)
{
    /// <summary>The body's power (权责清单 <c>id</c>) this matter exercises, when given.</summary>
    public string? Power { get; init; }
}

/// <summary>行政裁量基准 for one violation: which circumstances lead to which penalty range.</summary>
public sealed record DiscretionStandard(
    /// <summary>Stable identifier a decision's <c>discretion:</c> names; also the page anchor.</summary>
    string Id,
    string Violation,
    string Basis,
    IReadOnlyList<DiscretionLevel> Levels)
{
    /// <summary>The body's power (权责清单 <c>id</c>) the standard applies to, when given.</summary>
    public string? Power { get; init; }
}

/// <summary>One step of a discretion standard: 违法情节 (e.g. 较轻) → 裁量幅度 (the penalty range).</summary>
public sealed record DiscretionLevel(string Grade, string Circumstances, string Penalty);

/// <summary>重大执法决定法制审核目录清单: a kind of decision that needs the legal review before it is made.</summary>
public sealed record LegalReviewItem(string Item, string Scope, string Basis, string Reviewer);

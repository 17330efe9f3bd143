namespace Enforcement.Content;

public enum PartyKind { Organization, IndividualBusiness, NaturalPerson }

public enum DecisionStatus { InForce, Revoked, Amended, Void }

/// <summary>content/decisions/&lt;year&gt;/&lt;slug&gt;.md: one 行政处罚决定书, as staff wrote it (not yet redacted).</summary>
public sealed record Decision(
    /// <summary>Path relative to content/, e.g. decisions/2025/food-12.md; used in error messages.</summary>
    string SourcePath,
    int Year,
    string Slug,
    string Number,
    string Title,
    string BodySlug,
    Party Party,
    DateOnly Decided,
    DateOnly Published,
    string Category,
    string Violation,
    string Basis,
    IReadOnlyList<Penalty> Penalties,
    DecisionStatus Status,
    Withdrawal? Withdrawn,
    DateOnly? Expires,
    IReadOnlyList<string> Redact,
    /// <summary>The Markdown body of the file.</summary>
    string Text)
{
    public string Url => $"/decisions/{Year}/{Slug}/";

    public decimal TotalAmount => Penalties.Sum(p => p.Amount ?? 0m);

    /// <summary>The body's power used (权责清单 <c>id</c>), when the content says so.</summary>
    public string? Power { get; init; }

    /// <summary>The discretion standard applied (行政裁量基准 <c>id</c>), when the content says so.</summary>
    public string? Discretion { get; init; }

    /// <summary>案件主办人: the lead officer's 执法证号.</summary>
    public string? CaseLead { get; init; }

    /// <summary>The officers who handled the case (执法证号), the lead included or not.</summary>
    public IReadOnlyList<string> CaseOfficers { get; init; } = [];

    /// <summary>案值 in yuan; when absent, the case is valued at <see cref="TotalAmount"/>.</summary>
    public decimal? CaseValue { get; init; }

    /// <summary>The case value the lead's authority is checked against.</summary>
    public decimal ValueOfCase => CaseValue ?? TotalAmount;

    /// <summary>Line in the file of each front-matter key that later checks report on (caseLead, power ...).</summary>
    public IReadOnlyDictionary<string, int> KeyLines { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// keep: strings that look personal but are published on purpose (an agency's phone, a street that only
    /// sounds like a name); redaction and the leak gate leave them alone. Each one is listed in the build's report.
    /// </summary>
    public IReadOnlyList<string> Keep { get; init; } = [];
}

public sealed record Party(PartyKind Kind, string Name, string? Code, string? Representative);

/// <summary>One penalty; amount in yuan, absent for 警告, 责令停产停业 and the like.</summary>
public sealed record Penalty(string Kind, decimal? Amount)
{
    /// <summary>As a page or a search hit says it: 罚款 20,000 元, or the kind alone.</summary>
    public string Written => Amount is { } a ? $"{Kind} {Yuan.Written(a)}" : Kind;

    /// <summary>A fine (罚款, 并处罚款), not a confiscation or a warning: what 罚款 asks about in figures and search.</summary>
    public bool IsFine => Kind.Contains("罚款", StringComparison.Ordinal);

    /// <summary>A decision's penalties in one line: 罚款 20,000 元；没收违法所得 3,600 元.</summary>
    public static string WrittenAll(IEnumerable<Penalty> penalties) => string.Join("；", penalties.Select(p => p.Written));
}

/// <summary>When and why a record came down before its time.</summary>
public sealed record Withdrawal(DateOnly On, string Reason);

namespace Enforcement.Content;

/// <summary>content/bodies/&lt;slug&gt;.yml: one enforcement body (执法主体).</summary>
public sealed record Body(
    string Slug,
    string Name,
    string Kind,
    string CreditCode,
    string Address,
    string Phone,
    string OfficeHours,
    IReadOnlyList<string> Duties,
    IReadOnlyList<Power> Powers,
    IReadOnlyList<RandomInspection> RandomInspections,
    Remedies Remedies,
    IReadOnlyList<string> Processes,
    /// <summary>Internal: where correction requests go. Never published.</summary>
    string? Notify,
    /// <summary>Everyday names (市监局, 市场监管局) that search takes as this body; optional.</summary>
    IReadOnlyList<string>? Aliases = null);

/// <summary>权责清单 entry.</summary>
public sealed record Power(string Name, string Category, string Basis);

/// <summary>随机抽查事项清单 entry.</summary>
public sealed record RandomInspection(
    string Item, string Basis, string Targets, string Ratio, string Frequency, string Method);

/// <summary>救济渠道.</summary>
public sealed record Remedies(string Reconsideration, string Litigation);

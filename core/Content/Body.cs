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
public sealed record Power(string Name, string Category, string Basis)
{
    /// <summary>Optional stable identifier, named by decisions (<c>power:</c>) and discretion standards.</summary>
    public string? Id { get; init; }

    /// <summary>责任单位: the unit inside the body that exercises the power.</summary>
    public string Unit { get; init; } = "";
}

/// <summary>随机抽查事项清单 entry.</summary>
public sealed record RandomInspection(
    string Item, string Basis, string Targets, string Ratio, string Frequency, string Method)
{
    /// <summary>抽查主体: who orders the check (usually the body itself).</summary>
    public string Subject { get; init; } = "";

    /// <summary>抽查内容: what is checked.</summary>
    public string Content { get; init; } = "";

    /// <summary>实施机构: the unit that carries the check out.</summary>
    public string Agency { get; init; } = "";
}

/// <summary>救济渠道.</summary>
public sealed record Remedies(string Reconsideration, string Litigation);

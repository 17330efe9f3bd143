using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>One penalty as the decision states it: the kind and amount for the front matter, and the words for the text.</summary>
internal sealed record Sanction(string Kind, decimal? Amount, string? Words = null)
{
    public Penalty Penalty => new(Kind, Amount);

    public string Text => Words ?? (Amount is { } a ? $"{Kind}{ChineseText.Money(a)}" : Kind);
}

/// <summary>What a kind of case wrote for one decision.</summary>
internal sealed record CaseOutcome(
    /// <summary>How the case came up and was filed (one paragraph).</summary>
    string Source,
    /// <summary>违法事实, one or more paragraphs.</summary>
    IReadOnlyList<string> Facts,
    /// <summary>证据, one item each.</summary>
    IReadOnlyList<string> Evidence,
    /// <summary>The provision the party broke: 违反了 … 的规定.</summary>
    string Violated,
    /// <summary>The provision the penalty rests on; also the front matter's basis.</summary>
    string Basis,
    /// <summary>Why this amount (从轻, 减轻 or an ordinary weighing); ends with a comma-free sentence.</summary>
    string Discretion,
    IReadOnlyList<Sanction> Sanctions,
    /// <summary>An order that goes with the penalty but is not one (责令改正, 责令停止使用 …).</summary>
    string? Order = null);

/// <summary>The trade a party of this kind of case is in: how its name ends, and whether it works in an industrial park.</summary>
internal sealed record Trade(string[] CompanySuffixes, string[] ShopSuffixes, bool Industrial = false);

/// <summary>A kind of case an agency decides: its category, violation, the parties it fits and how to write it.</summary>
internal sealed record CaseType(
    string Key,
    Agency Agency,
    string Category,
    string Violation,
    /// <summary>The title after the party's name: 宜春市某某超市有限公司 + 销售超过保质期食品案.</summary>
    string TitleSuffix,
    PartyKind[] PartyKinds,
    int Weight,
    Trade Trade,
    Func<CaseContext, CaseOutcome> Write,
    /// <summary>Laws change: the first and last day a decision of this kind may carry (null: no bound).</summary>
    DateOnly? From = null,
    DateOnly? Until = null)
{
    public bool Fits(PartyKind kind, DateOnly decided) =>
        PartyKinds.Contains(kind) && (From is null || decided >= From) && (Until is null || decided <= Until);
}

namespace Enforcement.Search;

/// <summary>What a search hit is: a penalty decision, or one unit's 双随机 result.</summary>
public static class SearchKinds
{
    public const string Decision = "decision";
    public const string Inspection = "inspection";

    public static readonly IReadOnlyList<string> All = [Decision, Inspection];
}

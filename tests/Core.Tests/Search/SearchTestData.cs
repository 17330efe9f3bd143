using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Search;

namespace Enforcement.Core.Tests.Search;

/// <summary>Decisions made up for search tests, and throwaway index folders.</summary>
internal static class SearchTestData
{
    public static PublicDecision Decision(
        string slug,
        string title = "某某公司违法案",
        string text = "经查，当事人存在违法行为。",
        string? number = null,
        string body = "yc-amr",
        string party = "宜昌市某某有限公司",
        string? code = null,
        string category = "食品安全",
        string violation = "违法行为",
        string basis = "《中华人民共和国食品安全法》",
        IReadOnlyList<Penalty>? penalties = null,
        DateOnly? published = null,
        DateOnly? publicUntil = null,
        PublicityState state = PublicityState.Public)
    {
        var pub = published ?? new DateOnly(2025, 3, 1);
        return new PublicDecision(
            Number: number ?? $"宜市监处罚〔{pub.Year}〕{Math.Abs(slug.GetHashCode() % 1000)}号",
            Title: title, Year: pub.Year, Slug: slug, BodySlug: body, PartyKind: PartyKind.Organization,
            PartyName: party, PartyCode: code, Representative: null, Decided: pub.AddDays(-3), Published: pub,
            Category: category, Violation: violation, Basis: basis,
            Penalties: penalties ?? [new Penalty("罚款", 1000m)],
            Status: state == PublicityState.Withdrawn ? DecisionStatus.Revoked : DecisionStatus.InForce,
            Withdrawn: state == PublicityState.Withdrawn ? new Withdrawal(pub.AddDays(10), "行政复议撤销") : null,
            State: state, PublicUntil: publicUntil ?? pub.AddYears(3), Text: text);
    }
}

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime ChinaDate(int year, int month, int day) =>
        new(new DateTimeOffset(year, month, day, 12, 0, 0, TimeSpan.FromHours(8)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

/// <summary>An index in a temporary folder, deleted afterwards.</summary>
internal sealed class TempIndex : IDisposable
{
    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "search-test-" + Guid.NewGuid().ToString("N"));

    public TempIndex(IEnumerable<PublicDecision> decisions, IReadOnlyDictionary<string, string>? bodyNames = null,
        IEnumerable<Inspections.PublicInspection>? inspections = null, SearchWords? words = null) =>
        SearchIndexBuilder.Build(decisions, Dir, bodyNames, words, inspections: inspections);

    public DecisionSearcher Open(TimeProvider? time = null) => DecisionSearcher.Open(Dir, time ?? FixedTime.ChinaDate(2025, 9, 1));

    public void Dispose()
    {
        if (Directory.Exists(Dir)) Directory.Delete(Dir, recursive: true);
    }
}

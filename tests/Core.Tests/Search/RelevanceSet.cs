using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Enforcement.Core.Tests.Search;

/// <summary>
/// relevance-corpus.yml and relevance.yml, read into decisions and judged queries. The one reader of the set:
/// bench/ compiles this file too (its engine and analyzer comparisons), so it needs nothing else from the tests.
/// </summary>
internal sealed record RelevanceSet(
    IReadOnlyDictionary<string, string> Bodies, IReadOnlyList<PublicDecision> Decisions, IReadOnlyList<RelevanceQuery> Queries)
{
    /// <summary>tests/Core.Tests/Search, where the set and relevance-citizens.yml live.</summary>
    public static string Folder(string repositoryRoot) => Path.Combine(repositoryRoot, "tests", "Core.Tests", "Search");

    public static RelevanceSet Load() => Load(RepositoryRoot());

    public static RelevanceSet Load(string repositoryRoot)
    {
        var folder = Folder(repositoryRoot);
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var corpus = yaml.Deserialize<CorpusFile>(File.ReadAllText(Path.Combine(folder, "relevance-corpus.yml")));
        var queries = yaml.Deserialize<QueriesFile>(File.ReadAllText(Path.Combine(folder, "relevance.yml")));
        var decisions = corpus.Decisions.Select(d =>
        {
            var published = DateOnly.Parse(d.Published);
            return new PublicDecision(d.Number, d.Title, published.Year, d.Slug, d.Body, PartyKind.Organization, d.Party, d.Code, null,
                published.AddDays(-3), published, d.Category, d.Violation, d.Basis,
                d.Penalties.Select(p => new Penalty(p.Kind, p.Amount)).ToList(), DecisionStatus.InForce, null,
                PublicityState.Public, new DateOnly(2030, 1, 1), d.Text);
        }).ToList();
        return new RelevanceSet(corpus.Bodies, decisions, queries.Queries);
    }

    /// <summary>The folder holding Enforcement.sln, above the running test or benchmark.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) return dir.FullName;
        throw new InvalidOperationException("Enforcement.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class CorpusFile
    {
        public Dictionary<string, string> Bodies { get; set; } = [];
        public List<CorpusDecision> Decisions { get; set; } = [];
    }

    private sealed class CorpusDecision
    {
        public string Slug { get; set; } = "";
        public string Number { get; set; } = "";
        public string Title { get; set; } = "";
        public string Party { get; set; } = "";
        public string? Code { get; set; }
        public string Body { get; set; } = "";
        public string Category { get; set; } = "";
        public string Violation { get; set; } = "";
        public string Basis { get; set; } = "";
        public List<CorpusPenalty> Penalties { get; set; } = [];
        public string Published { get; set; } = "";
        public string Text { get; set; } = "";
    }

    private sealed class CorpusPenalty
    {
        public string Kind { get; set; } = "";
        public decimal? Amount { get; set; }
    }

    private sealed class QueriesFile
    {
        public List<RelevanceQuery> Queries { get; set; } = [];
    }
}

/// <summary>One judged query: the decision (slug) that must come first, those that must be in the top five, or none at all.</summary>
public sealed class RelevanceQuery
{
    public string Q { get; set; } = "";
    public string? First { get; set; }
    public List<string> Top5 { get; set; } = [];
    public bool None { get; set; }
    public string Kind { get; set; } = "";

    /// <summary>Whether a ranked list of slugs satisfies this query.</summary>
    public bool IsMetBy(IReadOnlyList<string> ranked) =>
        None ? ranked.Count == 0
        : (First is null || (ranked.Count > 0 && ranked[0] == First)) && Top5.All(s => ranked.Take(5).Contains(s));

    public override string ToString() => $"{Q} ({Kind})";
}

using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Enforcement.Benchmarks.Search;

/// <summary>The relevance test set (tests/Core.Tests/Search/relevance*.yml), read for the engine comparison.</summary>
internal sealed record RelevanceFile(
    IReadOnlyDictionary<string, string> Bodies, IReadOnlyList<PublicDecision> Decisions, IReadOnlyList<RelevanceFile.Query> Queries)
{
    public sealed class Query
    {
        public string Q { get; set; } = "";
        public string? First { get; set; }
        public List<string> Top5 { get; set; } = [];
        public bool None { get; set; }
        public string Kind { get; set; } = "";

        public bool IsMetBy(IReadOnlyList<string> ranked) =>
            None ? ranked.Count == 0
            : (First is null || (ranked.Count > 0 && ranked[0] == First)) && Top5.All(s => ranked.Take(5).Contains(s));
    }

    public static RelevanceFile Load(string repositoryRoot)
    {
        var folder = Path.Combine(repositoryRoot, "tests", "Core.Tests", "Search");
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build();
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
        return new RelevanceFile(corpus.Bodies, decisions, queries.Queries);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
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
        public List<Query> Queries { get; set; } = [];
    }
}

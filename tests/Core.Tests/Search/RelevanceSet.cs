using Enforcement.Content;
using Enforcement.Redaction;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Enforcement.Core.Tests.Search;

/// <summary>relevance-corpus.yml and relevance.yml, read into decisions and judged queries.</summary>
internal sealed record RelevanceSet(
    IReadOnlyDictionary<string, string> Bodies, IReadOnlyList<PublicDecision> Decisions, IReadOnlyList<RelevanceQuery> Queries)
{
    public static RelevanceSet Load()
    {
        var folder = Path.Combine(SearchTestData.RepositoryRoot(), "tests", "Core.Tests", "Search");
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var corpus = yaml.Deserialize<CorpusFile>(File.ReadAllText(Path.Combine(folder, "relevance-corpus.yml")));
        var queries = yaml.Deserialize<QueriesFile>(File.ReadAllText(Path.Combine(folder, "relevance.yml")));
        var decisions = corpus.Decisions.Select(d => SearchTestData.Decision(
            d.Slug, d.Title, d.Text, d.Number, d.Body, d.Party, d.Code, d.Category, d.Violation, d.Basis,
            d.Penalties.Select(p => new Penalty(p.Kind, p.Amount)).ToList(), DateOnly.Parse(d.Published),
            publicUntil: new DateOnly(2030, 1, 1))).ToList();
        return new RelevanceSet(corpus.Bodies, decisions, queries.Queries);
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

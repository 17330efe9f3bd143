using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Enforcement.Search;

/// <summary>A Lucene query for what a person typed, and the terms a snippet should mark.</summary>
internal sealed record BuiltQuery(Query? Query, IReadOnlySet<string> Terms);

/// <summary>
/// Turns a <see cref="UserQuery"/> into Lucene queries without any query syntax: each part becomes a
/// phrase of its analyzed tokens (CJK bigrams at their positions) in the catch-all field, every part must
/// match, and a part (or the whole input) that is exactly a 文书号 ranks that decision first. Title and party
/// weigh more because the index holds them twice, which costs nothing at query time (separate boosted
/// clauses on title and party tripled the time of queries for common words).
/// </summary>
internal static class QueryBuilder
{
    private const float NumberBoost = 100f;

    /// <summary>Query is null when the input has nothing searchable (only punctuation, say): nothing matches.</summary>
    public static BuiltQuery Build(UserQuery input, Analyzer analyzer)
    {
        if (input.Parts.Count == 0) return new BuiltQuery(new MatchAllDocsQuery(), new HashSet<string>());

        var terms = new HashSet<string>(StringComparer.Ordinal);
        var content = new BooleanQuery();
        foreach (var part in input.Parts)
        {
            var tokens = AnalyzedToken.ForQuery(AnalyzedToken.Analyze(analyzer, SearchFields.All, part));
            if (tokens.Count == 0) continue; // punctuation only: nothing to require
            terms.UnionWith(tokens.Select(t => t.Term));
            content.Add(Phrase(SearchFields.All, tokens), Occur.MUST);
        }

        var keys = input.Parts.Prepend(input.Text)
            .Select(DecisionNumberKey.Normalize)
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var top = new BooleanQuery();
        if (content.Clauses.Count > 0) top.Add(content, Occur.SHOULD);
        foreach (var key in keys)
            top.Add(new TermQuery(new Term(SearchFields.NumberKey, key)) { Boost = NumberBoost }, Occur.SHOULD);
        return new BuiltQuery(top.Clauses.Count == 0 ? null : top, terms);
    }

    private static Query Phrase(string field, List<AnalyzedToken> tokens)
    {
        if (tokens.Count == 1) return new TermQuery(new Term(field, tokens[0].Term));
        var phrase = new PhraseQuery();
        var first = tokens[0].Position;
        foreach (var t in tokens) phrase.Add(new Term(field, t.Term), t.Position - first);
        return phrase;
    }
}

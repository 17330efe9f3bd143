using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Enforcement.Search;

/// <summary>One token as the analyzer made it: its folded text, position, and offsets into the original text.</summary>
public readonly record struct AnalyzedToken(string Term, int Position, int Start, int End)
{
    /// <summary>Runs the analyzer over <paramref name="text"/>.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    /// <summary>
    /// The tokens a query needs: bigrams, and unigrams only where no bigram covers them. "风险" then
    /// searches for the bigram 风险, not for 风 and 险 anywhere; "罚" still searches for 罚.
    /// </summary>
    public static List<AnalyzedToken> ForQuery(List<AnalyzedToken> tokens) =>
        tokens.Where(t => !tokens.Any(o => !o.Equals(t) && o.Start <= t.Start && o.End >= t.End && o.End - o.Start > t.End - t.Start))
            .ToList();
}

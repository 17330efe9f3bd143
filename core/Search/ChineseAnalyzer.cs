using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Enforcement.Search;

/// <summary>
/// The one analyzer for indexing and querying: 繁→简 folding (char filter), Unicode word breaking,
/// full/half-width folding, lower-casing, and CJK bigrams plus unigrams so a one-character query finds
/// something. Token offsets point into the original text, which is what snippets are cut from.
/// </summary>
public sealed class ChineseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Keeps phrases from matching across the separate values of a multi-valued field.</summary>
    public const int ValueGap = 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        // = CJKWidthFilter, LowerCaseFilter, CJKBigramFilter(ALL, outputUnigrams: true), at a third of their cost.
        return new TokenStreamComponents(tokenizer, new FoldingBigramFilter(tokenizer));
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(TraditionalToSimplified.Map, reader);

    public override int GetPositionIncrementGap(string fieldName) => ValueGap;

    public override int GetOffsetGap(string fieldName) => 1;
}

using System.Text;
using Lucene.Net.Analysis;

namespace Enforcement.Search;

/// <summary>
/// A short piece of the decision's text around its best match, as HTML: everything escaped, the matched
/// terms wrapped in &lt;mark&gt;. Found where the analyzer's terms occur in the text, by folding it as the analyzer
/// does, or by its token offsets (the Highlighter package is not available).
/// </summary>
public static class Snippet
{
    public const int Length = 120;
    private const int Lead = 24;
    // Decisions are a few thousand characters; this only bounds the work on an unusual one.
    private const int MaxAnalyzed = 50_000;
    private const int MaxWindows = 200;
    private const int MaxMatches = 1000;

    public static string Build(string text, IReadOnlySet<string> terms, Analyzer analyzer)
    {
        var source = text.Length > MaxAnalyzed ? text[..MaxAnalyzed] : text;
        var matches = terms.Count == 0 ? [] : FindByFolding(source, terms) ?? FindByAnalysis(source, terms, analyzer);
        if (matches.Count == 0)
        {
            var cut = SafeBoundary(text, Math.Min(text.Length, Length));
            return HtmlText.Escape(text.AsSpan(0, cut)) + (cut < text.Length ? "…" : "");
        }

        // The window with the most distinct matched terms wins, then the one with the most matches outside the closing
        // notices, then the most matches; earliest on ties.
        var notices = Notices(source);
        var bestStart = 0;
        (int Distinct, int Telling, int All) best = (-1, -1, -1);
        foreach (var m in matches.Take(MaxWindows))
        {
            var start = Math.Max(0, m.Start - Lead);
            var inside = matches.Where(o => o.Start >= start && o.End <= start + Length).ToList();
            var telling = inside.Count(o => !notices.Exists(n => o.Start >= n.Start && o.Start < n.End));
            var score = (inside.Select(o => o.Term).Distinct().Count(), telling, inside.Count);
            if (score.CompareTo(best) > 0) { best = score; bestStart = start; }
        }

        var end = Math.Min(text.Length, bestStart + Length);
        bestStart = SafeBoundary(text, bestStart);
        end = SafeBoundary(text, end);
        var spans = Merge(matches.Where(m => m.Start >= bestStart && m.End <= end).Select(m => (m.Start, m.End)));

        var sb = new StringBuilder();
        if (bestStart > 0) sb.Append('…');
        var at = bestStart;
        foreach (var (s, e) in spans)
        {
            sb.Append(HtmlText.Escape(text.AsSpan(at, s - at)));
            sb.Append("<mark>").Append(HtmlText.Escape(text.AsSpan(s, e - s))).Append("</mark>");
            at = e;
        }
        sb.Append(HtmlText.Escape(text.AsSpan(at, end - at)));
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>
    /// The sentences of the notices a decision closes with: how to pay, the surcharge for paying late (行政处罚法 第七十二条)
    /// and how to appeal. Every decision says them in nearly the same words, so a match there tells a reader nothing about
    /// this decision: searched for 罚款, every hit showed 到期不缴纳罚款的…每日按罚款数额的百分之三加处罚款 rather than its own
    /// 罚款人民币陆仟元整.
    /// </summary>
    private static List<(int Start, int End)> Notices(string text)
    {
        var notices = new List<(int Start, int End)>();
        foreach (var mark in NoticeMarks)
        {
            for (var at = text.IndexOf(mark, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mark, at + mark.Length, StringComparison.Ordinal))
            {
                var start = text.AsSpan(0, at).LastIndexOfAny(SentenceEnds) + 1;
                var end = text.AsSpan(at).IndexOfAny(SentenceEnds) is var e and >= 0 ? at + e + 1 : text.Length;
                notices.Add((start, end));
            }
        }
        return notices;
    }

    private static readonly string[] NoticeMarks = ["缴款书", "缴纳罚没款", "加处罚款", "不服本", "不停止执行", "强制执行"];
    private const string SentenceEnds = "。！？\n";

    /// <summary>The exact way: the analyzer's own tokens and offsets. Used when folding changes the text's length.</summary>
    private static List<AnalyzedToken> FindByAnalysis(string text, IReadOnlySet<string> terms, Analyzer analyzer) =>
        AnalyzedToken.Analyze(analyzer, SearchFields.All, text).Where(t => terms.Contains(t.Term)).Take(MaxMatches).ToList();

    /// <summary>
    /// The fast way (tokenizing a whole decision costs about a millisecond, ten times per page): fold the text
    /// as the analyzer does (繁→简, full→half width, lower case) and look for the terms in it. Offsets carry
    /// over when folding keeps every character in place, which it does for nearly every text; otherwise null.
    /// </summary>
    private static List<AnalyzedToken>? FindByFolding(string text, IReadOnlySet<string> terms)
    {
        var folded = TraditionalToSimplified.Fold(text);
        if (folded.Length != text.Length) return null;
        var chars = folded.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            chars[i] = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - 0xFEE0)),
                '\u3000' => ' ',
                _ => char.ToLowerInvariant(c),
            };
        }
        folded = new string(chars);

        var matches = new List<AnalyzedToken>();
        foreach (var term in terms)
        {
            var word = IsWordChar(term[0]);
            for (var at = folded.IndexOf(term, StringComparison.Ordinal); at >= 0 && matches.Count < MaxMatches;
                 at = folded.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                // Letters and digits are whole tokens: "12" must not match inside "2012".
                if (word && ((at > 0 && IsWordChar(folded[at - 1])) || (at + term.Length < folded.Length && IsWordChar(folded[at + term.Length]))))
                    continue;
                matches.Add(new AnalyzedToken(term, 0, at, at + term.Length));
            }
        }
        matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }

    /// <summary>Letters and digits outside the CJK ranges, which the tokenizer keeps together as words.</summary>
    private static bool IsWordChar(char c) => c < '\u2E80' && char.IsLetterOrDigit(c);

    /// <summary>Moves an index off the middle of a surrogate pair.</summary>
    private static int SafeBoundary(string text, int i) =>
        i > 0 && i < text.Length && char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]) ? i - 1 : i;

    /// <summary>Overlapping and touching spans (a bigram and its unigrams, two bigrams in a row) become one mark.</summary>
    private static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (s, e) in spans.OrderBy(x => x.Start))
        {
            if (merged.Count > 0 && s <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, e));
            else
                merged.Add((s, e));
        }
        return merged;
    }
}

using System.Buffers;
using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>
/// A pattern that can match only near one of its words (刘芳女士, 陈建华的询问笔录, 以上笔录属实。刘芳): from
/// <paramref name="Before"/> characters before a word to <paramref name="After"/> characters after it and over the spaces
/// that follow, and at the text's start if <paramref name="AtStart"/>. The pattern begins with \G and is tried at those
/// positions alone, in order, as a scan of the whole text would try them: the same matches, at a cost that grows with the
/// words found instead of with every ideograph.
/// </summary>
internal sealed record NearWords(Regex Pattern, string[] Words, int Before, int After, bool AtStart = false)
{
    // The words' first characters: one pass over the text finds every place one of them starts, where a pass per word
    // cost the leak gate more than the patterns themselves once the lists grew (every page, feed and index text).
    private readonly SearchValues<char> firsts = SearchValues.Create(string.Concat(Words.Select(w => w[0]).Distinct()));

    /// <param name="chars">The text's characters, if known: a word one of whose characters it lacks is not looked for.</param>
    public IEnumerable<Match> Matches(string s, TextChars? chars = null)
    {
        var windows = new List<(int From, int To)>();
        if (AtStart) windows.Add((0, 0));
        var words = chars is null ? Words : Array.FindAll(Words, w => chars.MayHold(w));
        if (words.Length > 0)
            for (var at = s.AsSpan().IndexOfAny(firsts); at >= 0; at = NextStart(s, at + 1))
                foreach (var w in words)
                {
                    if (w[0] != s[at] || !s.AsSpan(at).StartsWith(w, StringComparison.Ordinal)) continue;
                    var to = Math.Min(s.Length, at + w.Length + After);
                    while (to < s.Length && char.IsWhiteSpace(s[to])) to++;
                    windows.Add((Math.Max(0, at - Before), to));
                }
        if (windows.Count == 0) yield break;
        windows.Sort();
        // next: where the next match may start (after the last one, as a scan goes on); tried: positions already tried.
        var next = 0;
        var tried = 0;
        foreach (var (from, to) in windows)
        {
            for (var i = Math.Max(from, Math.Max(next, tried)); i <= to && i < s.Length; i++)
            {
                var m = Pattern.Match(s, i);
                if (!m.Success) continue;
                yield return m;
                next = m.Index + Math.Max(m.Length, 1);
                i = next - 1;
            }
            tried = Math.Max(tried, to + 1);
        }
    }

    private int NextStart(string s, int from)
    {
        if (from >= s.Length) return -1;
        var i = s.AsSpan(from).IndexOfAny(firsts);
        return i < 0 ? -1 : from + i;
    }
}

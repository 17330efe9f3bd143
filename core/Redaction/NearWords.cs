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
    /// <param name="chars">The text's characters, if known: a word one of whose characters it lacks is not looked for.</param>
    public IEnumerable<Match> Matches(string s, TextChars? chars = null)
    {
        var windows = new List<(int From, int To)>();
        if (AtStart) windows.Add((0, 0));
        foreach (var w in Words)
            if (chars?.MayHold(w) != false)
                for (var at = s.IndexOf(w, StringComparison.Ordinal); at >= 0; at = s.IndexOf(w, at + 1, StringComparison.Ordinal))
                {
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
}

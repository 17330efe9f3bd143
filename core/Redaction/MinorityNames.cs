namespace Enforcement.Redaction;

/// <summary>
/// Names of China's minorities written without the middle dot (买买提艾力, 阿依古丽, 扎西多吉, 巴特尔, 吉克阿依): they start with no
/// surname, or with a character that is one by chance (阿, 巴, 吉), so a role label read them as nothing or as a surname and two
/// characters (阿依古丽 → 阿某某丽, its last character published). Read from the syllables they are made of
/// (Data/MinorityNames.txt): the whole run of characters must be made of them, and what follows must end the name.
/// </summary>
internal static class MinorityNames
{
    private static readonly string[] Syllables =
        [.. Search.SearchData.Lines("MinorityNames.txt").Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').OrderByDescending(l => l.Length)];

    // The syllables by their first character, longest first: Name() asks at every would-be name, most of them Han names
    // whose surname (高, 白, 苏, 孟 …) starts a syllable too, so each asks only the few syllables that can match.
    private static readonly Dictionary<char, string[]> ByFirst =
        Syllables.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly HashSet<char> Firsts = [.. Syllables.Where(w => w.Length > 1).Select(w => w[0])];

    /// <summary>
    /// The length of the name made of listed syllables that starts at <paramref name="at"/> and ends where
    /// <paramref name="endsName"/> says a name may end, the longest such, or 0: a syllable of one character only continues a
    /// name, and a name of one syllable must have two characters at least (卓玛, 巴特尔). 巴特尔拉货 is 巴特尔 before 拉货.
    /// </summary>
    public static int At(string s, int at, Func<string, int, bool> endsName)
    {
        if (at >= s.Length || !Firsts.Contains(s[at])) return 0;
        var best = 0;
        for (var end = at; end < s.Length && end - at < 12;)
        {
            var next = 0;
            if (ByFirst.TryGetValue(s[end], out var starting))
                foreach (var w in starting)
                    if ((w.Length > 1 || end > at) && string.CompareOrdinal(s, end, w, 0, w.Length) == 0) { next = w.Length; break; }
            if (next == 0) break;
            end += next;
            if (end - at >= 2 && endsName(s, end)) best = end - at;
        }
        return best;
    }
}

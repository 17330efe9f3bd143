using System.Text.RegularExpressions;

namespace Enforcement.Redaction;

/// <summary>E-mail addresses in width-folded text (＠ and full-width letters already folded to ASCII).</summary>
public static partial class EmailAddresses
{
    // Local part may carry Markdown's escaping backslash (zhang\_san@...); a space either side of @ is a common
    // typing slip. Lengths are bounded so a long run of letters cannot make the match expensive.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\\-])[A-Za-z0-9_%+\\-](?:[A-Za-z0-9._%+\\-]{0,62}[A-Za-z0-9_%+\-])? ?@ ?(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // Addresses written so that harvesters miss them: "zhang AT 163 DOT com", "zhang[at]163.com", "zhang#163.com",
    // "zhang@163。com", "zhang@qq,com" (a comma typed for the dot; ， is , once folded), "zhang艾特163.com" (@ as it is
    // said). Only with a known top-level domain at the end, so ordinary words are not taken for one.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._\-]{0,40}(?: ?(?:\[at\]|\(at\)|（at）|\{at\}|<at>|@|#|艾特|圈a)| (?:at|AT) ) ?[A-Za-z0-9][A-Za-z0-9\-]{0,40}(?: ?(?:\.|。|,|\[dot\]|\(dot\)|（dot）) ?| (?:dot|DOT) |点)(?:[A-Za-z0-9\-]{1,40}(?: ?(?:\.|。|,|\[dot\]|\(dot\)) ?| (?:dot|DOT) |点)){0,3}(?:com|cn|net|org|edu|gov|info|cc|top|vip|me|io|hk|mo|tw)(?![A-Za-z0-9-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Obfuscated();

    // An address written without its top-level domain (lichunsheng@163, zhang@qq): with a mail provider people
    // use, it still reaches the person.
    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._\-]{1,40} ?@ ?(?:163|126|qq|sina|sohu|yeah|139|189|foxmail|gmail|hotmail|outlook|aliyun|yahoo|icloud)(?![A-Za-z0-9.\-])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WithoutDomain();

    /// <summary>Every address in <paramref name="foldedText"/>, plain or disguised: start, length; in order, not overlapping.</summary>
    public static IEnumerable<(int Start, int Length)> Find(string foldedText)
    {
        var plainEnd = -1;
        var plain = new List<(int, int)>();
        if (foldedText.IndexOf('@') >= 0)
        {
            for (var m = Pattern().Match(foldedText); m.Success; m = m.NextMatch()) plain.Add((m.Index, m.Length));
            for (var m = WithoutDomain().Match(foldedText); m.Success; m = m.NextMatch())
                if (!plain.Any(p => p.Item1 < m.Index + m.Length && m.Index < p.Item1 + p.Item2)) plain.Add((m.Index, m.Length));
            plain.Sort();
        }
        if (!MayBeDisguised(foldedText))
        {
            foreach (var p in plain) yield return p;
            yield break;
        }
        var i = 0;
        for (var m = Obfuscated().Match(foldedText); m.Success; m = m.NextMatch())
        {
            while (i < plain.Count && plain[i].Item1 < m.Index) { yield return plain[i]; plainEnd = plain[i].Item1 + plain[i].Item2; i++; }
            if (m.Index >= plainEnd && (i >= plain.Count || plain[i].Item1 >= m.Index + m.Length)) { yield return (m.Index, m.Length); plainEnd = m.Index + m.Length; }
        }
        for (; i < plain.Count; i++) if (plain[i].Item1 >= plainEnd) yield return plain[i];
    }

    private static bool MayBeDisguised(string s) =>
        s.Contains('#') || s.Contains('@') || s.Contains("艾特", StringComparison.Ordinal) || s.Contains("圈a", StringComparison.OrdinalIgnoreCase)
        || s.Contains(" at ", StringComparison.OrdinalIgnoreCase) || s.Contains("[at]", StringComparison.OrdinalIgnoreCase)
        || s.Contains("(at)", StringComparison.OrdinalIgnoreCase) || s.Contains("（at）", StringComparison.OrdinalIgnoreCase)
        || s.Contains("{at}", StringComparison.OrdinalIgnoreCase) || s.Contains("<at>", StringComparison.OrdinalIgnoreCase);

    /// <summary>The form addresses are compared in: lower case, no spaces, no Markdown escapes.</summary>
    public static string Normalize(string address) =>
        string.Concat(TextFolding.FoldWidth(address).Where(c => c is not (' ' or '\\'))).ToLowerInvariant();
}

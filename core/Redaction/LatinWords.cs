namespace Enforcement.Redaction;

/// <summary>
/// The words of Latin letters in a text, for names spelled in pinyin (WANG XIAOMING, Xiao-ming Wang,
/// wangxiaoming). A spelled name matches only whole words: CHENFENG is a name in "Chen Feng" but not in
/// "fengcheng-amr" or "Chenfengs". Full-width letters count as letters. The words of one name stand apart only
/// by a space, a comma, a hyphen or a dot: "ZHANG" and "WEI" a paragraph apart are not 张伟 (masking them as one
/// would take everything between with them).
/// </summary>
internal sealed class LatinWords
{
    private const int MaxGap = 3;
    private const string Separators = " \u3000\t,，.-‐－'’·_";

    private readonly string text;
    private readonly string letters;
    private readonly List<int> positions = [];
    private readonly HashSet<int> starts = [];
    private readonly HashSet<int> ends = [];

    public LatinWords(string text)
    {
        this.text = text;
        var sb = new System.Text.StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = TextFolding.FoldChar(text[i]);
            if (char.IsAsciiLetter(c))
            {
                if (!inWord) starts.Add(sb.Length);
                sb.Append(char.ToUpperInvariant(c));
                positions.Add(i);
                inWord = true;
            }
            else
            {
                if (inWord) ends.Add(sb.Length);
                inWord = false;
            }
        }
        if (inWord) ends.Add(sb.Length);
        letters = sb.ToString();
    }

    /// <summary>Where <paramref name="key"/> (upper-case letters) is spelled out as whole words: [Start, End) in the text.</summary>
    public IEnumerable<(int Start, int End)> Find(string key)
    {
        for (var at = letters.IndexOf(key, StringComparison.Ordinal); at >= 0; at = letters.IndexOf(key, at + 1, StringComparison.Ordinal))
            if (starts.Contains(at) && ends.Contains(at + key.Length) && Together(at, at + key.Length))
                yield return (positions[at], positions[at + key.Length - 1] + 1);
    }

    /// <summary>Whether the letters [from, to) stand in the text with only a short separator between words.</summary>
    private bool Together(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            var gap = positions[k] - positions[k - 1] - 1;
            if (gap == 0) continue;
            if (gap > MaxGap) return false;
            for (var i = positions[k - 1] + 1; i < positions[k]; i++)
                if (!Separators.Contains(text[i])) return false;
        }
        return true;
    }
}

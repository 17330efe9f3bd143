namespace Enforcement.Redaction;

/// <summary>
/// The words of Latin letters in a text, for names spelled in pinyin (WANG XIAOMING, Xiao-ming Wang,
/// wangxiaoming). A spelled name matches only whole words: CHENFENG is a name in "Chen Feng" but not in
/// "fengcheng-amr" or "Chenfengs". Full-width letters count as letters.
/// </summary>
internal sealed class LatinWords
{
    private readonly string letters;
    private readonly List<int> positions = [];
    private readonly HashSet<int> starts = [];
    private readonly HashSet<int> ends = [];

    public LatinWords(string text)
    {
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
            if (starts.Contains(at) && ends.Contains(at + key.Length))
                yield return (positions[at], positions[at + key.Length - 1] + 1);
    }
}

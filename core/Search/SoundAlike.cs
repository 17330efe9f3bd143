namespace Enforcement.Search;

/// <summary>
/// A word typed with the wrong character of the right sound, as a pinyin input method offers it: 过其食品 for
/// 过期食品, 违劣 for 伪劣, 见康证 for 健康证, 家油站 for 加油站. The staff's search words are matched by their
/// syllables; any other word is spelt again, character by character, with the homophones whose neighbours the
/// decisions write most often. Only for a word that no decision has as typed; the caller checks that the corrected
/// query finds something.
/// </summary>
public sealed class SoundAlike
{
    /// <summary>Longer words are not typed as one; the search splits them.</summary>
    private const int MaxWord = 12;

    /// <summary>Homophones tried at each character: the ones the decisions use most.</summary>
    private const int Candidates = 8;

    /// <summary>At most this many characters changed, and at most half the word's: a word with more is another word
    /// (假烟 is not 佳眼, a piece of a shop's 佳眼镜).</summary>
    private const int MaxChanges = 2;

    /// <summary>
    /// What a changed character must bring, in log document frequency over the pairs it is in: in an index of a
    /// thousand decisions or more, pairs about twenty times commoner, so a rare word that is right (榴莲) is not
    /// turned into a commoner one that sounds alike (留恋); in a small one, where every count is small, less.
    /// </summary>
    private static double ChangeCost(int documents) => Math.Log(Math.Clamp(documents / 50.0, 1.5, 20));

    private readonly Dictionary<string, string> knownBySound = new(StringComparer.Ordinal);

    /// <param name="knownWords">The staff's search words: the synonym table's everyday and legal words.</param>
    public SoundAlike(IEnumerable<string> knownWords)
    {
        foreach (var word in knownWords.Select(QueryText.Normalize))
            if (word.Length >= 2 && word.All(QueryText.IsHan)) knownBySound.TryAdd(SoundOf(word), word);
    }

    /// <summary>
    /// <paramref name="word"/> spelt as it was most likely meant, or null: a known word that sounds the same, or
    /// else the characters of the same sound whose pairs <paramref name="documentsWith"/> (a term's document
    /// frequency in the index) counts most often, by enough to pay for each change. Pairs alone cannot tell 生产日期
    /// from 生产日起 (日起 is the commoner pair, in 之日起), so the spelling chosen and the others at the characters
    /// it changed are weighed by <paramref name="decisionsWith"/> (the decisions with the whole word), and one that
    /// no decision writes is not offered.
    /// </summary>
    public string? Correct(string word, int documents, Func<string, int> documentsWith, Func<string, int> decisionsWith)
    {
        // guoqi, jiahuo: a search word typed in pinyin with the input method off (a name is NameIndex's to correct).
        if (word.Length is >= 4 and <= 4 * MaxWord && word.All(char.IsAsciiLetter)) return KnownWordInPinyin(word);
        if (word.Length is < 2 or > MaxWord || !word.All(QueryText.IsHan) || decisionsWith(word) > 0) return null;
        if (KnownWord(word) is { } known) return known;
        // Each pair is looked up once; a search for the whole word only where every pair of it is written somewhere.
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        int Pair(string pair) => pairs.TryGetValue(pair, out var n) ? n : pairs[pair] = documentsWith(pair);
        if (Respelt(word, ChangeCost(documents), Math.Min(MaxChanges, word.Length / 2), documentsWith, Pair) is not var (spelt, choices)) return null;
        var candidates = new List<string> { spelt };
        for (var i = 0; i < word.Length; i++)
            if (spelt[i] != word[i])
                foreach (var other in choices[i].Skip(1).Where(c => c != spelt[i]))
                    candidates.Add(string.Concat(spelt.AsSpan(0, i), other.ToString(), spelt.AsSpan(i + 1)));
        var (best, found) = (spelt, 0);
        foreach (var candidate in candidates)
            if (Enumerable.Range(0, candidate.Length - 1).All(i => Pair(candidate.Substring(i, 2)) > 0)
                && decisionsWith(candidate) is var n && n > found) (best, found) = (candidate, n);
        return found > 0 ? best : null;
    }

    /// <summary>The known word whose syllables the letters spell (guoqi → 过期, wuzheng → 无证), or null.</summary>
    private string? KnownWordInPinyin(string latin)
    {
        foreach (var syllables in Pinyin.Segmentations(latin))
            if (syllables.Length >= 2 && knownBySound.TryGetValue(string.Join(' ', syllables), out var known)) return known;
        return null;
    }

    /// <summary>The word, with its longest stretch that sounds like a known word but is spelt otherwise replaced by it.</summary>
    private string? KnownWord(string word)
    {
        for (var length = word.Length; length >= 2; length--)
            for (var at = 0; at + length <= word.Length; at++)
                if (knownBySound.TryGetValue(SoundOf(word.Substring(at, length)), out var known) && known != word.Substring(at, length))
                    return string.Concat(word.AsSpan(0, at), known, word.AsSpan(at + length));
        return null;
    }

    /// <summary>
    /// The best spelling by its pairs of characters (the index's bigrams): each character is itself or one of its
    /// commonest homophones, a spelling scores the log document frequencies of its pairs, less
    /// <paramref name="changeCost"/> a change. Viterbi over (character, changes so far).
    /// </summary>
    private static (string Spelt, List<char[]> Choices)? Respelt(string word, double changeCost, int maxChanges, Func<string, int> characterCount, Func<string, int> pairCount)
    {
        // At each position the typed character first (choice 0), then its commonest homophones in the index.
        var choices = new List<char[]>(word.Length);
        foreach (var c in word)
            choices.Add([c, .. Pinyin.Homophones(c).Where(h => h is >= '\u4E00' and <= '\u9FFF')
                .Select(h => (Char: h, Count: characterCount(h.ToString()))).Where(h => h.Count > 0)
                .OrderByDescending(h => h.Count).Take(Candidates).Select(h => h.Char)]);

        // best[k][changes] = (score, previous choice) for position i's choice k.
        var best = new (double Score, int From)[choices[0].Length, maxChanges + 1];
        for (var k = 0; k < choices[0].Length; k++)
        {
            var changed = k == 0 ? 0 : 1;
            for (var n = 0; n <= maxChanges; n++)
                best[k, n] = n == changed ? (-changed * changeCost, -1) : (double.NegativeInfinity, -1);
        }
        var trail = new List<(double Score, int From)[,]> { best };
        for (var i = 1; i < word.Length; i++)
        {
            var next = new (double Score, int From)[choices[i].Length, maxChanges + 1];
            for (var k = 0; k < choices[i].Length; k++)
                for (var n = 0; n <= maxChanges; n++)
                {
                    next[k, n] = (double.NegativeInfinity, -1);
                    var before = n - (k == 0 ? 0 : 1);
                    if (before < 0) continue;
                    for (var j = 0; j < choices[i - 1].Length; j++)
                    {
                        if (double.IsNegativeInfinity(best[j, before].Score)) continue;
                        var pair = string.Concat(choices[i - 1][j], choices[i][k]);
                        var score = best[j, before].Score + Math.Log(1 + pairCount(pair)) - (k == 0 ? 0 : changeCost);
                        if (score > next[k, n].Score) next[k, n] = (score, j);
                    }
                }
            trail.Add(next);
            best = next;
        }

        var (end, changes, top) = (0, 0, double.NegativeInfinity);
        for (var k = 0; k < choices[^1].Length; k++)
            for (var n = 0; n <= maxChanges; n++)
                if (best[k, n].Score > top) (end, changes, top) = (k, n, best[k, n].Score);
        if (changes == 0) return null;
        var spelt = new char[word.Length];
        for (var (i, k, n) = (word.Length - 1, end, changes); i >= 0; i--)
        {
            spelt[i] = choices[i][k];
            var from = trail[i][k, n].From;
            if (k != 0) n--;
            k = from;
        }
        return (new string(spelt), choices);
    }

    private static string SoundOf(string word) => string.Join(' ', Pinyin.Syllables(word));
}

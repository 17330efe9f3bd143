using System.Collections.Concurrent;
using ICU4N.Text;

namespace Enforcement.Search;

/// <summary>
/// Toneless pinyin of Han characters, from ICU's Han-Latin transliteration (ICU4N's CLDR data, not a table of
/// our own). Each character is read on its own and remembered: a pinyin-input slip (兴望 for 兴旺) or a
/// homophone (眼睛店 for 眼镜店) then has the same syllables as what was meant.
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<Transliterator> HanLatin = new(() => Transliterator.GetInstance("Han-Latin; Latin-ASCII"));
    private static readonly ConcurrentDictionary<char, string> Syllable = new();
    private static readonly Lock Gate = new();

    /// <summary>
    /// Compiles ICU's Han-Latin rules on another thread (~0.9 s, once per process), so that a caller can start it
    /// before other work instead of waiting at the first name it spells.
    /// </summary>
    public static Task WarmUp() => Task.Run(() => HanLatin.Value);

    /// <summary>One syllable per character: pinyin for Han, the character itself (lower-cased) otherwise.</summary>
    public static string[] Syllables(string text)
    {
        var result = new string[text.Length];
        for (var i = 0; i < text.Length; i++) result[i] = Of(text[i]);
        return result;
    }

    public static string Of(char c)
    {
        if (!QueryText.IsHan(c)) return char.ToLowerInvariant(c).ToString();
        return Syllable.GetOrAdd(c, static ch =>
        {
            // Transliterator instances are not documented as thread-safe; misses are rare after warm-up.
            lock (Gate)
            {
                var latin = HanLatin.Value.Transliterate(ch.ToString()).Trim();
                return latin.Length == 0 || latin == ch.ToString() ? ch.ToString() : latin;
            }
        });
    }
}

namespace Enforcement.Redaction;

/// <summary>
/// Which characters a text holds, a bit for each (two characters may share a bit): a word with a character the text
/// lacks is not in it, known without a pass over the text. Redaction asks of every text whether dozens of telling
/// words occur before it tries a pattern, and most are answered here.
/// </summary>
internal sealed class TextChars
{
    private const int Bits = 4096;
    private readonly ulong[] bits = new ulong[Bits / 64];

    public TextChars(string text)
    {
        foreach (var c in text) bits[(c & (Bits - 1)) >> 6] |= 1UL << (c & 63);
    }

    private bool MayHold(char c) => (bits[(c & (Bits - 1)) >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Whether <paramref name="word"/> may occur in the text: every one of its characters may.</summary>
    public bool MayHold(string word)
    {
        foreach (var c in word) if (!MayHold(c)) return false;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> (the text these are the characters of) holds one of <paramref name="words"/>.</summary>
    public bool HoldsAny(string text, string[] words)
    {
        foreach (var w in words)
            if (MayHold(w) && text.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }
}

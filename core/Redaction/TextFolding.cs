using Enforcement.Search;

namespace Enforcement.Redaction;

/// <summary>
/// The forms text is compared in. People type the same number or name in many ways: full-width digits
/// (３６０９０２), spaces or dashes inside, a line break in the middle, emphasis around part of it. Folding maps
/// all of those to one form so a secret is found however it was typed.
/// </summary>
public static class TextFolding
{
    /// <summary>Marks a block boundary (a table cell, a paragraph) in a matching view: secrets never span it.</summary>
    internal const char Boundary = '\u001F';

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>, for reports that name a line.</summary>
    internal static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0 && i < index; i = text.IndexOf('\n', i + 1)) line++;
        return line;
    }

    /// <summary>Full-width ASCII (０-９, Ａ-Ｚ, ＠ ...) to half-width, and the ideographic space to a space; same length.</summary>
    public static string FoldWidth(string text)
    {
        var first = FirstWide(text);
        if (first < 0) return text;
        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (src, from) = state;
            src.AsSpan(0, from).CopyTo(dest);
            for (var i = from; i < src.Length; i++) dest[i] = FoldChar(src[i]);
        });
    }

    private static int FirstWide(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] >= '\u3000' && FoldChar(text[i]) != text[i]) return i;
        return -1;
    }

    /// <summary>
    /// <see cref="FoldWidth"/>, and Chinese numerals written digit by digit (一三九〇七九五…, 幺) to ASCII digits;
    /// same length, so positions carry over. Only for finding numbers: a run of numerals reads as a number only where
    /// three or more stand together, and a run with 大写 digits (壹叁玖…) only at a phone's length, which an amount's
    /// digits (壹万贰仟元) never are.
    /// </summary>
    public static string FoldNumerals(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
            if (text[i] >= '\u3000' && NumeralTable[text[i]] != text[i]) { first = i; break; }
        if (first < 0) return text;
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (!IsNumeral(chars[i])) { chars[i] = FoldLetter(chars[i]); continue; }
            // A run of numerals (spaces and dashes may group it) is a number only if it is three or more long. Glued
            // to Arabic digits it is one number with them only if together they are a phone's length or more
            // (1397951二三四五, written so to slip past filters); "No.1908…五" is a number and a word.
            var end = i;
            var count = 0;
            while (end < chars.Length && (IsNumeral(chars[end]) || IsSeparator(chars[end]) && end + 1 < chars.Length && IsNumeral(chars[end + 1])))
                if (IsNumeral(chars[end++])) count++;
            var before = 0;
            while (i - before > 0 && char.IsAsciiDigit(FoldChar(chars[i - before - 1]))) before++;
            var after = 0;
            while (end + after < chars.Length && char.IsAsciiDigit(FoldChar(chars[end + after]))) after++;
            // 大写 digits (壹叁玖…) spell a number digit by digit only in a phone's length; an amount puts 拾佰仟万 between them.
            var formal = false;
            for (var k = i; k < end && !formal; k++) formal = IsFormal(chars[k]);
            var number = formal ? count >= 7 : count >= 3 && (before + after == 0 || before + count + after >= 7);
            for (var k = i; k < end; k++) chars[k] = number ? FoldNumeral(chars[k]) : FoldChar(chars[k]);
            i = end - 1;
        }
        return new string(chars);
    }

    private static bool IsNumeral(char c) => c >= '\u3000' && NumeralTable[c] is >= '0' and <= '9' && !(c is >= '\uFF10' and <= '\uFF19');

    private static char FoldNumeral(char c) => NumeralTable[c];

    private static bool IsFormal(char c) => c is '壹' or '贰' or '貳' or '叁' or '參' or '肆' or '伍' or '陆' or '陸' or '柒' or '捌' or '玖';

    /// <summary>Width folded, and a traditional character to its simplified form (證人陳建國 reads as 证人陈建国).</summary>
    private static char FoldLetter(char c) => LetterTable[c];

    // The folds below, computed once per UTF-16 unit: the hot loops then do one lookup a character.
    private static readonly char[] LetterTable = Table(c => TraditionalToSimplified.FoldChar(FoldChar(c)));
    private static readonly char[] NumeralTable = Table(NumeralOf);
    private const char Dropped = '\uFFFF';
    private static readonly char[] MatchTable = Table(c =>
    {
        var f = TraditionalToSimplified.FoldChar(FoldChar(c));
        return IsSeparator(f) || c == Dropped ? Dropped : f is >= 'a' and <= 'z' ? (char)(f - 32) : f;
    });

    private static char[] Table(Func<char, char> fold)
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++) table[i] = fold((char)i);
        return table;
    }

    private static char NumeralOf(char c) => c switch
    {
        '〇' or '零' or '○' => '0',
        '一' or '幺' or '壹' => '1',
        '二' or '贰' or '貳' => '2',
        '三' or '叁' or '參' => '3',
        '四' or '肆' => '4',
        '五' or '伍' => '5',
        '六' or '陆' or '陸' => '6',
        '七' or '柒' => '7',
        '八' or '捌' => '8',
        '九' or '玖' => '9',
        _ => TraditionalToSimplified.FoldChar(FoldChar(c)),
    };

    internal static char FoldChar(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>Characters that never carry meaning inside a number or a name: whitespace, dashes, Markdown emphasis, middle dots.</summary>
    internal static bool IsSeparator(char c) => c switch
    {
        ' ' or '\t' or '\n' or '\r' or '\f' or '\v' => true,
        '-' or '*' or '_' or '~' or '`' or '\\' => true,
        '\u00A0' or '\u00AD' or '\u00B7' => true,
        >= '\u2000' and <= '\u200F' => true,           // spaces, zero-width characters
        >= '\u2010' and <= '\u2015' => true,           // hyphens and dashes
        '\u2022' or '\u2027' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u2060' or '\u2212' => true,
        '\u3000' or '\u30FB' or '\uFE58' or '\uFE63' or '\uFEFF' or '\uFF0D' or '\uFF3F' or '\uFF5E' or '\uFF65' => true,
        _ => char.IsWhiteSpace(c),
    };

    /// <summary>The matching form of a secret (a name, an ID, a redact: string): folded, separators removed, ASCII upper case.</summary>
    public static string Key(string secret) => ForMatching(secret, null);

    /// <summary>
    /// Whether the line at <paramref name="at"/> starts a Markdown block (a blank line, an item, a heading, a table row,
    /// a quote): a boundary, as the page's block tags are for the leak gate. A line wrapped inside a paragraph is not,
    /// so a name or number broken across it still matches.
    /// </summary>
    private static bool StartsBlock(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t' or '\r' or '\u3000') at++;
        if (at >= text.Length) return true;
        var c = text[at];
        if (c is '\n' or '#' or '|' or '>') return true;
        if (c is '-' or '*' or '+' && at + 1 < text.Length && text[at + 1] is ' ' or '\t') return true;
        var digits = at;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > at && digits < text.Length && text[digits] is '.' or '、' or ')' or '）';
    }

    /// <summary>
    /// The matching view of a text: width-folded, ASCII upper case, separators, inline tags and entities
    /// removed, block tags and Markdown block starts (<see cref="StartsBlock"/>) turned into a boundary. When <paramref name="map"/> is given, map[i] is the index
    /// in <paramref name="text"/> of the view's i-th character (the list is cleared first).
    /// </summary>
    internal static string ForMatching(string text, List<int>? map)
    {
        map?.Clear();
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && HtmlTags.TryRead(text, i, out var end, out var kind))
            {
                if (kind == TagKind.Block) { buffer[n++] = Boundary; map?.Add(i); }
                i = end - 1;
                continue;
            }
            if (c == '&' && HtmlTags.TryReadEntity(text, i, out var entityEnd)) { i = entityEnd - 1; continue; }
            if (c == '\n' && StartsBlock(text, i + 1)) { buffer[n++] = Boundary; map?.Add(i); continue; }
            c = MatchTable[c];
            if (c == Dropped) continue;
            buffer[n++] = c;
            map?.Add(i);
        }
        var result = new string(buffer, 0, n);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return result;
    }
}

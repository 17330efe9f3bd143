using System.Buffers;

namespace Enforcement.Redaction;

/// <summary>
/// A scanned 决定书 read back by OCR, or a number typed in a hurry, has the letter O for 0 and l or I for 1
/// inside numbers (36O9O2199OO1O1123X, 138OO138OOO), and Z for 2, S for 5, B for 8 (1397951Z345, 1587950I23S). Such a run is read as digits only where the digits make an
/// ID number whose check character holds, or a mobile number with two such letters at most: a model number or a
/// code (GB2760, 1O0ml, ISO9001) does not pass, so nothing else changes. Same length, so positions carry over.
/// </summary>
internal static class OcrDigits
{
    private static readonly SearchValues<char> Lookalikes = SearchValues.Create("OolIZSB");

    private const int IdLength = 18;
    private const int MobileLength = 11;
    private const int MobileMinDigits = 6;

    /// <summary><paramref name="text"/> (width-folded) with the look-alike letters in such numbers turned into digits.</summary>
    public static string Fold(string text)
    {
        text = ZerosAmongDigits(text);
        char[]? folded = null;
        var i = 0;
        while (i < text.Length)
        {
            var next = text.AsSpan(i).IndexOfAny(Lookalikes);
            if (next < 0) break;
            var at = i + next;
            var start = at;
            while (start > 0 && IsDigitLike(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && IsDigitLike(text[end])) end++;
            // An ID's check character X closes the run.
            if (end - start == IdLength - 1 && end < text.Length && text[end] is 'X' or 'x') end++;
            if (StandsAlone(text, start, end) && AsDigits(text.AsSpan(start, end - start)) is { } digits)
            {
                folded ??= text.ToCharArray();
                digits.CopyTo(folded.AsSpan(start));
            }
            else if (Grouped(text, start, end) is var (from, to, groupDigits))
            {
                folded ??= text.ToCharArray();
                for (int k = from, d = 0; k < to; k++)
                    if (IsDigitLike(text[k])) folded[k] = groupDigits[d++];
                end = Math.Max(end, to);
            }
            i = end;
        }
        return folded is null ? text : new string(folded);
    }

    /// <summary>
    /// 〇 is how an IME or OCR writes a zero among Chinese numerals; beside an Arabic digit it is one
    /// (3609021985〇3121235, 139〇7951234, 36〇9〇2…), whatever number it makes.
    /// </summary>
    private static string ZerosAmongDigits(string text)
    {
        var k = text.IndexOf('〇');
        if (k < 0) return text;
        var chars = text.ToCharArray();
        for (; k >= 0; k = k + 1 < chars.Length ? text.IndexOf('〇', k + 1) : -1)
            if (k > 0 && char.IsAsciiDigit(chars[k - 1]) || k + 1 < chars.Length && char.IsAsciiDigit(chars[k + 1]))
                chars[k] = '0';
        return new string(chars);
    }

    /// <summary>
    /// 139-O795-l234, l39 O795 1234, 3609O2 19850312 1235 (the sixteenth red team's): the same letters in a number grouped by
    /// single spaces or dashes, as forms and OCR write it. The groups around the run at <paramref name="start"/> (three
    /// characters or more each, five at most) that make a mobile or an ID as <see cref="AsDigits"/> reads them, standing
    /// alone: where they start and end and their digits; else null.
    /// </summary>
    private static (int From, int To, char[] Digits)? Grouped(string text, int start, int end)
    {
        var groups = new List<(int Start, int End)> { (start, end) };
        for (var s = start; groups.Count < MaxGroups && s >= 2 && IsGroupSeparator(text[s - 1]) && IsDigitLike(text[s - 2]);)
        {
            var e = s - 1;
            s = e;
            while (s > 0 && IsDigitLike(text[s - 1])) s--;
            groups.Insert(0, (s, e));
        }
        var own = groups.Count - 1;
        for (var e = end; groups.Count < MaxGroups * 2 && e + 1 < text.Length && IsGroupSeparator(text[e]) && IsDigitLike(text[e + 1]);)
        {
            var s = e + 1;
            e = s;
            while (e < text.Length && IsDigitLike(text[e])) e++;
            groups.Add((s, e));
        }
        if (groups.Count == 1) return null;
        for (var a = 0; a <= own; a++)
            for (var b = Math.Max(a + 1, own); b < groups.Count && b - a < MaxGroups; b++)
            {
                var length = 0;
                for (var g = a; g <= b; g++) length += groups[g].End - groups[g].Start;
                // Each group holds a digit (ISO 9001 2015 is a standard's name and year), and a mobile two letters at most.
                if (length is not (IdLength or MobileLength) || groups.Skip(a).Take(b - a + 1).Any(g => g.End - g.Start < 3 || !text.AsSpan(g.Start, g.End - g.Start).ContainsAnyInRange('0', '9'))) continue;
                var from = groups[a].Start;
                var to = groups[b].End;
                // Not a piece of a longer number: no letter or digit glued to either end, no group of digits beside it.
                if (from > 0 && (char.IsAsciiLetterOrDigit(text[from - 1]) || from > 1 && IsGroupSeparator(text[from - 1]) && char.IsAsciiDigit(text[from - 2]))
                    || to < text.Length && (char.IsAsciiLetterOrDigit(text[to]) || to + 1 < text.Length && IsGroupSeparator(text[to]) && char.IsAsciiDigit(text[to + 1]))) continue;
                var run = new char[length];
                for (int k = from, d = 0; k < to; k++) if (IsDigitLike(text[k])) run[d++] = text[k];
                if ((length == IdLength || run.Count(c => !char.IsAsciiDigit(c)) <= 2) && AsDigits(run) is { } digits) return (from, to, digits);
            }
        return null;
    }

    private const int MaxGroups = 5;

    private static bool IsGroupSeparator(char c) => c is ' ' or '-';

    private static bool IsDigitLike(char c) => char.IsAsciiDigit(c) || c is 'O' or 'o' or 'l' or 'I' or 'Z' or 'S' or 'B';

    /// <summary>Not a piece of a longer word or code: no letter or digit glued to either end.</summary>
    private static bool StandsAlone(string text, int start, int end) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsAsciiLetterOrDigit(text[end]));

    private static char[]? AsDigits(ReadOnlySpan<char> run)
    {
        if (run.Length is not (IdLength or MobileLength)) return null;
        var digits = new char[run.Length];
        var letters = 0;
        for (var k = 0; k < run.Length; k++)
        {
            var c = run[k];
            digits[k] = c switch { 'O' or 'o' => '0', 'l' or 'I' => '1', 'Z' => '2', 'S' => '5', 'B' => '8', _ => c };
            if (digits[k] != c) letters++;
        }
        if (run.Length == IdLength) return IdNumbers.IsValid18(digits) && IdNumbers.IsIdShaped18(digits) ? digits : null;
        return run.Length - letters >= MobileMinDigits && PhoneNumbers.IsMobile(digits) ? digits : null;
    }
}

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

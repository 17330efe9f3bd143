using System.Buffers;

namespace Enforcement.Redaction;

/// <summary>Where a text comes from, which decides how generously a number split over several pieces is joined.</summary>
public enum ScanMode
{
    /// <summary>Markdown or front matter as staff typed it: a line break may fall anywhere inside a number.</summary>
    Source,
    /// <summary>Rendered output (HTML, XML, JSON, index text): only pieces that read as one grouped number are joined.</summary>
    Published,
}

/// <summary>A personal number found in a text: where it is (start, end exclusive), its kind, and its digits.</summary>
public readonly record struct NumberMatch(int Start, int End, string Kind, string Digits);

/// <summary>
/// Finds 居民身份证号, mobile and landline numbers and bank card numbers, however they are grouped.
/// A number is a run of digit pieces separated by a little space, dashes, brackets or inline markup
/// ("3609 0219 9001 0112 34", "138-0013-8000", "(0795)1234567", "138**0013**8000"); every run of whole
/// pieces is tried, longest first, and checksums decide what it is, so 文书号, amounts, dates and articles
/// (which fail every check) stay as they are. Works on width-folded text (see <see cref="TextFolding.FoldWidth"/>);
/// the letter O for 0 and l for 1 are read as digits where they make an ID or a mobile (<see cref="OcrDigits"/>).
/// </summary>
public static partial class NumberScanner
{
    private static readonly SearchValues<char> DigitValues = SearchValues.Create("0123456789");

    private const int MaxDigits = 19;
    private const int MaxGap = 3;
    private const int MaxGapWithLineBreak = 8;

    private enum GapChar { Hard, Zero, Unit, Line }

    private struct Piece
    {
        public int Start, End, DigitStart, Length;
        public bool HasCheckX, SoftBefore;
    }

    /// <summary>
    /// Every personal number in <paramref name="folded"/>, in order, not overlapping. Numbers for which
    /// <paramref name="isPublic"/> says yes (the supervision office's phone, an organisation's code) are skipped.
    /// </summary>
    public static List<NumberMatch> Scan(string folded, ScanMode mode, PublicNumbers? isPublic = null)
    {
        folded = OcrDigits.Fold(folded);
        if (mode == ScanMode.Source) folded = PageBreaks.Blanked(folded);
        var results = new List<NumberMatch>();
        var pieces = new List<Piece>();
        var digits = new List<char>();
        var i = 0;
        while (i < folded.Length)
        {
            var next = folded.AsSpan(i).IndexOfAny(DigitValues);
            if (next < 0) break;
            var pos = i + next;
            pieces.Clear();
            digits.Clear();
            var soft = false;
            while (true)
            {
                var piece = new Piece { Start = pos, DigitStart = digits.Count, SoftBefore = soft };
                while (pos < folded.Length && char.IsAsciiDigit(folded[pos])) digits.Add(folded[pos++]);
                // The check character X ends an 18-digit ID (even one glued to a following word: "…096XTel"), also typed as
                // the multiplication sign, as Chinese input methods offer it (…331×: it was left whole, or its × published), where
                // it multiplies nothing.
                if (pos < folded.Length && (folded[pos] is 'X' or 'x' || folded[pos] == '×' && !Multiplies(folded, pos)))
                {
                    digits.Add('X');
                    pos++;
                    piece.HasCheckX = true;
                }
                piece.End = pos;
                piece.Length = digits.Count - piece.DigitStart;
                // "…2081\n2025年": a piece followed by a unit (年, 元, 袋 ...) is a date or a quantity, never the
                // tail of a number before it; it starts a run of its own.
                if (pieces.Count > 0 && pos < folded.Length && IsDateOrAmount(folded, piece.Start, piece.End, folded[pos], soft, pieces[^1].Length))
                {
                    digits.RemoveRange(piece.DigitStart, piece.Length);
                    pos = piece.Start;
                    break;
                }
                pieces.Add(piece);
                // Digits glued to a word (lihua_2024, No.3) belong to it: they may make a number alone (Tel13800138000) but are not joined to more.
                if (piece.HasCheckX || pieces.Count == 1 && piece.Start > 0 && (char.IsAsciiLetter(folded[piece.Start - 1]) || folded[piece.Start - 1] == '_')
                    || !TrySkipGap(folded, pos, mode, digits.Count == 17, out var after, out soft)) break;
                pos = after;
            }
            Classify(pieces, digits, folded, isPublic, results);
            i = pos;
        }
        if (folded.Contains(',')) AddCommaGroupedMobiles(folded, isPublic, results);
        return results;
    }

    /// <summary>
    /// 138，1234，5678: a mobile grouped 3-4-4 with commas (，folds to ,). A comma otherwise ends a number (lists,
    /// 50,000), so only this exact grouping is joined.
    /// </summary>
    private static void AddCommaGroupedMobiles(string folded, PublicNumbers? isPublic, List<NumberMatch> results)
    {
        var added = false;
        for (var m = CommaGroupedMobile().Match(folded); m.Success; m = m.NextMatch())
        {
            var digits = string.Concat(m.Value.Where(char.IsAsciiDigit));
            if (isPublic?.Contains(digits) == true || results.Any(r => r.Start < m.Index + m.Length && m.Index < r.End)) continue;
            results.Add(new NumberMatch(m.Index, m.Index + m.Length, MaskKinds.Mobile, digits));
            added = true;
        }
        if (added) results.Sort((x, y) => x.Start.CompareTo(y.Start));
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?<![0-9,])1[3-9][0-9] ?, ?[0-9]{4} ?, ?[0-9]{4}(?![0-9]|,[0-9])")]
    private static partial System.Text.RegularExpressions.Regex CommaGroupedMobile();

    /// <summary>
    /// Whether the characters after a piece are a short gap leading to another digit (or, after 17 digits,
    /// to an ID's check character X, which a line break may have pushed onto the next line).
    /// </summary>
    private static bool TrySkipGap(string s, int pos, ScanMode mode, bool checkXMayFollow, out int after, out bool soft)
    {
        after = pos;
        soft = false;
        var units = 0;
        var line = false;
        var lineBreaks = 0;
        while (pos < s.Length)
        {
            var c = s[pos];
            if (char.IsAsciiDigit(c) || checkXMayFollow && units > 0 && (c is 'X' or 'x' || c == '×' && !Multiplies(s, pos))) break;
            var end = pos + 1;
            var kind = Gap(s, pos, mode, ref end);
            if (kind == GapChar.Hard) return false;
            if (kind == GapChar.Line)
            {
                line = true;
                // A blank line ends a paragraph: nothing is joined across it.
                if (s[pos] != '\r' && ++lineBreaks > 1) return false;
            }
            if (kind != GapChar.Zero) units++;
            var limit = line && mode == ScanMode.Source ? MaxGapWithLineBreak : MaxGap;
            if (units > limit) return false;
            pos = end;
        }
        if (pos >= s.Length) return false;
        after = pos;
        // Only in source text may a line break split a number anywhere (hard-wrapped Markdown); in rendered
        // output it is ordinary space, and joining tiny pieces across it would join page numbers and dates.
        soft = line && mode == ScanMode.Source;
        return true;
    }

    private static GapChar Gap(string s, int pos, ScanMode mode, ref int end)
    {
        var c = s[pos];
        switch (c)
        {
            case '\n' or '\r' or '\u2028' or '\u2029':
                return GapChar.Line;
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                return GapChar.Zero;
            // An opening bracket starts the next number ("18093934102（(0755)6976584"): nobody opens one inside a number.
            case '(':
                return GapChar.Hard;
            // 138·1234·5678: a middle dot groups digits as a dash does.
            case '-' or ')' or '+' or '*' or '_' or '~' or '`' or '\\' or '.' or '\u2212' or '\uFE58' or '\uFE63' or '\u00B7' or '\u2022' or '\u30FB':
            case >= '\u2010' and <= '\u2015':
                return GapChar.Unit;
            case '<':
                if (!HtmlTags.TryRead(s, pos, out end, out var tag)) return GapChar.Hard;
                return tag switch { TagKind.Inline => GapChar.Unit, TagKind.LineBreak => GapChar.Line, _ => GapChar.Hard };
            case '&' when mode == ScanMode.Source:
                return HtmlTags.TryReadEntity(s, pos, out end) ? GapChar.Unit : GapChar.Hard;
            default:
                return char.IsWhiteSpace(c) ? GapChar.Unit : GapChar.Hard;
        }
    }

    private static bool NamesAPhone(string text, int end)
    {
        var after = text.AsSpan(end);
        foreach (var word in (string[])["的手机", "的电话", "手机卡", "电话卡", "的号码", "的SIM", "SIM卡"])
            if (after.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Tries every run of whole pieces from the left, longest first, so that a card number is not cut into a
    /// landline and leftovers, and a number once taken is not reused.
    /// </summary>
    private static void Classify(List<Piece> pieces, List<char> digits, string text, PublicNumbers? isPublic, List<NumberMatch> results)
    {
        var k = pieces.Count;
        if (digits.Count < 10) return; // nothing shorter than a landline is personal
        Span<char> buffer = stackalloc char[MaxDigits];
        var a = 0;
        var taken = -1; // the last piece already part of a number
        while (a < k)
        {
            var last = a;
            var sum = pieces[a].Length;
            while (last + 1 < k && sum + pieces[last + 1].Length <= MaxDigits) sum += pieces[++last].Length;
            var next = a + 1;
            var label = NumberLabels.Before(text, pieces[a].Start);
            // Under 身份证号码, 证件号 … an ID-shaped number is an ID even when a typo makes it pass as a credit code.
            var labelledPrivate = label == LabelContext.Private;
            for (var b = last; b >= a; b--)
            {
                var length = pieces[b].DigitStart + pieces[b].Length - pieces[a].DigitStart;
                if (length > MaxDigits || length < 10) continue;
                var candidate = buffer[..length];
                for (var j = 0; j < length; j++) candidate[j] = digits[pieces[a].DigitStart + j];
                var end = pieces[b].End;
                var kind = Kind(pieces, digits, a, b, candidate, labelledPrivate);
                if (kind is null && pieces[b].HasCheckX && length > 10)
                {
                    // Not an ID after all: the X was a letter after the number.
                    candidate = candidate[..^1];
                    end--;
                    kind = Kind(pieces, digits, a, b, candidate, labelledPrivate);
                }
                // Digits inside a 统一社会信用代码 with letters (923609819244536UJM) are part of the code.
                if (kind is not null && a == b && !labelledPrivate && InsideCreditCode(text, pieces[a].Start, end)) kind = null;
                if (kind is null) continue;
                // A card number is read as one only with a card's issuer prefix or after 账号 / 卡号: order and
                // tracking numbers pass Luhn one time in ten, and so does a mobile run into the landline after it
                // ("电话 181…263**(0571)…"). Not a card, its pieces may still hold a phone.
                if (kind == MaskKinds.BankCard && !NumberLabels.NamesAccount(text, pieces[a].Start) && !BankCards.HasIssuerPrefix(candidate)) continue;
                var normal = kind == MaskKinds.Mobile && PhoneNumbers.IsMobile(candidate, out var prefix) ? candidate[prefix..] : candidate;
                var from = pieces[a].Start;
                if (kind == MaskKinds.Mobile && a - 1 > taken && IsCountryCode(digits, pieces[a - 1])) from = pieces[a - 1].Start;
                if (kind == MaskKinds.Mobile && from > 0 && text[from - 1] == '+') from--;
                // After 批号, 订单号, 注册号 … a number is public whatever its checksum.
                var context = from != pieces[a].Start ? NumberLabels.Before(text, from) : label;
                // 编号为13812345678的手机卡: a SIM card's number is its holder's phone, whatever 编号 says.
                if (context == LabelContext.Public && kind == MaskKinds.Mobile && NamesAPhone(text, end)) context = LabelContext.Private;
                // An ID number is a person's whatever public label stands before it: a certificate a person holds is often
                // numbered with the holder's ID (证书编号), an 个体工商户's 注册号 was its owner's, and an ID typed into the
                // credit code's place is still one. A public number passes an ID's province, date and check one time in
                // tens of thousands; one that also reads as an issued credit code stays a code.
                if (context == LabelContext.Public && kind == MaskKinds.IdNumber && normal.Length == 18 && IdNumbers.IsIdShaped18(normal)
                    && !CreditCodes.IsIssued(normal))
                    context = LabelContext.None;
                if (context != LabelContext.Public && (isPublic is null || !isPublic.Contains(normal)))
                {
                    // "(0795)3210001", "(0086)139…": a bracket opened before the number and closed inside it goes with it.
                    if (from > 0 && text[from - 1] is '(' or '（' or '[' && OpensInside(text, from, end)) from--;
                    results.Add(new NumberMatch(from, end, kind, normal.ToString()));
                }
                taken = b;
                next = b + 1;
                break;
            }
            a = next;
        }
    }

    /// <summary>
    /// What a run of pieces is: an ID or phone (pieces of 3+ digits, but a country code 86 may stand alone in
    /// front), else a card (pieces of 4+), else nothing.
    /// </summary>
    private static string? Kind(List<Piece> pieces, List<char> digits, int a, int b, ReadOnlySpan<char> candidate, bool labelledPrivate)
    {
        if (Strong(candidate, labelledPrivate) is { } strong
            && (Grouped(pieces, a, b, 3) || strong == MaskKinds.Mobile && a < b && IsCountryCode(digits, pieces[a]) && Grouped(pieces, a + 1, b, 3)))
            return strong;
        return Grouped(pieces, a, b, 4) && BankCards.IsCardNumber(candidate) ? MaskKinds.BankCard : null;
    }

    /// <summary>Whether [from, end) holds a closing bracket with no opening one before it.</summary>
    private static bool OpensInside(string text, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            if (text[i] is '(' or '（' or '[') depth++;
            else if (text[i] is ')' or '）' or ']' && --depth < 0) return true;
        }
        return false;
    }

    /// <summary>
    /// 2025年, 1月, 7日, 1200元: a year, month, day or amount, by the digits and the unit after them. Before 元
    /// or 万 only cents (".66元") or a piece on a new line are an amount; "820000 19850417 0011万" stays one ID.
    /// No amount is written with a leading zero, nor in seven digits or more before 万 (ten billion yuan): such a
    /// piece on a new line is the rest of a number broken over the line (60130546⏎01594202萬). And one or two digits
    /// before 号 after a group of four on the same line are a card's last group (6222 0212 3456 7890 1号), not a day.
    /// </summary>
    private static bool IsDateOrAmount(string s, int start, int end, char unit, bool afterLineBreak, int groupBefore) => unit switch
    {
        '年' => end - start == 4 && (s[start] == '1' && s[start + 1] == '9' || s[start] == '2' && s[start + 1] == '0'),
        '月' or '日' => end - start <= 2,
        '号' => end - start <= 2 && (afterLineBreak || groupBefore != 4),
        '元' or '万' => end - start <= 2
            || afterLineBreak && s[start] != '0' && (unit == '元' || end - start <= 6),
        _ => false,
    };

    /// <summary>
    /// Whether [start, end) lies inside an 18-character run of letters and digits that is a valid
    /// 统一社会信用代码 and not also a valid 身份证号 (the ID reading wins; an organisation's own code is
    /// allowed by name, see <see cref="PublicNumbers"/>).
    /// </summary>
    private static bool InsideCreditCode(string text, int start, int end)
    {
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) start--;
        while (end < text.Length && char.IsAsciiLetterOrDigit(text[end])) end++;
        if (end - start != 18) return false;
        var token = text.AsSpan(start, 18);
        // Codes are written in capitals; "…165Tel" is an ID number followed by a word, not a code.
        foreach (var c in token) if (char.IsAsciiLetterLower(c)) return false;
        // An old 15-digit ID run into three capitals reads as an ID too, and the ID reading wins.
        if (IdNumbers.IsValid15(token[..15]) && !token[15..].ContainsAnyInRange('0', '9')) return false;
        // An ID with a mistyped check character may pass the code's check too; it is a code only under a kind an
        // authority issues (360902198501012345: 36 is 江西's province, no kind of organisation).
        return !IdNumbers.IsValid18(token) && (IdNumbers.IsIdShaped18(token) ? CreditCodes.IsIssued(token) : CreditCodes.IsValid(token));
    }

    /// <summary>
    /// Pieces before the last must look like a group people write (3+ digits; 4+ for cards) unless a source line break split
    /// them, or the number is spelled out one digit at a time (3 6 0 9 2 3 …, a form typed with a space after each character).
    /// </summary>
    private static bool Grouped(List<Piece> pieces, int a, int b, int minPiece)
    {
        if (b - a >= 9 && SpelledOut(pieces, a, b)) return true;
        for (var t = a; t < b; t++)
            if (pieces[t].Length < minPiece && !pieces[t + 1].SoftBefore) return false;
        return true;
    }

    private static bool SpelledOut(List<Piece> pieces, int a, int b)
    {
        for (var t = a; t <= b; t++) if (pieces[t].Length != 1) return false;
        return true;
    }

    private static string? Strong(ReadOnlySpan<char> s, bool labelledPrivate)
    {
        if (s.Length == 18 && IdNumbers.IsValid18(s) || s.Length == 15 && IdNumbers.IsValid15(s)) return MaskKinds.IdNumber;
        // A mistyped check character does not make an ID number public: a real region and birth date are enough.
        // One in 31 such typos passes the credit-code checksum; a private label in front says which it is, and so do
        // its first two digits where no authority issues codes under them (most provinces, 江西's 36 among them).
        if (s.Length == 18 && IdNumbers.IsIdShaped18(s) && (labelledPrivate || !CreditCodes.IsIssued(s))) return MaskKinds.IdNumber;
        if (s[^1] == 'X') return null;
        if (PhoneNumbers.IsMobile(s)) return MaskKinds.Mobile;
        if (PhoneNumbers.IsLandline(s)) return MaskKinds.Landline;
        return null;
    }

    private static bool IsCountryCode(List<char> digits, Piece p) =>
        p.Length == 2 && digits[p.DigitStart] == '8' && digits[p.DigitStart + 1] == '6'
        || p.Length == 4 && digits[p.DigitStart] == '0' && digits[p.DigitStart + 1] == '0' && digits[p.DigitStart + 2] == '8' && digits[p.DigitStart + 3] == '6';

    /// <summary>A × that multiplies: a number, a letter or a bracket after it (…123×2, ×3箱, ×(…), 60×40cm).</summary>
    private static bool Multiplies(string s, int at)
    {
        var next = at + 1;
        while (next < s.Length && s[next] == ' ') next++;
        return next < s.Length && (char.IsAsciiLetterOrDigit(s[next]) || s[next] is '(' or '（' or '.');
    }
}

using System.Text;

namespace Enforcement.Redaction;

/// <summary>
/// Text the public types that staff of the body it is about read (a rating's 补充说明): the rater's contact is kept from
/// that body, but one written into the comment (有事打我电话 138 0013 8000, 我的身份证 3609…) reached it, and the mail. ID
/// numbers, phones, bank cards and e-mail addresses are masked as decisions mask them, however they are grouped or typed
/// (full-width digits, spaces, dashes).
/// </summary>
public static class TypedContacts
{
    public static string? Masked(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        // Both finders read width-folded text, which keeps every character where it was.
        var folded = TextFolding.FoldWidth(text);
        var hits = NumberScanner.Scan(folded, ScanMode.Source).Select(m => (m.Start, m.End, m.Kind))
            .Concat(EmailAddresses.Find(folded).Select(e => (e.Start, End: e.Start + e.Length, Kind: MaskKinds.Email)))
            .OrderBy(h => h.Start).ToList();
        if (hits.Count == 0) return text;
        var masked = new StringBuilder(text.Length);
        var pos = 0;
        foreach (var (start, end, kind) in hits)
        {
            if (start < pos) continue;
            masked.Append(text, pos, start - pos).Append(MaskKinds.Replacement(kind));
            pos = end;
        }
        return masked.Append(text, pos, text.Length - pos).ToString();
    }
}

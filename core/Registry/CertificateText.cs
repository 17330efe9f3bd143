using System.Text;

namespace Enforcement.Registry;

/// <summary>
/// An 执法证号 as people copy it from a card or a page: full-width digits (３６０９…), spaces or dashes between groups
/// (3609 0012 389), 执法证号 or 证号 before it. The registry's numbers are written without any of those.
/// </summary>
public static class CertificateText
{
    public static string Normalize(string typed)
    {
        var text = typed.Normalize(NormalizationForm.FormKC).Trim();
        foreach (var label in (string[])["执法证号", "证号"])
            if (text.StartsWith(label, StringComparison.Ordinal)) { text = text[label.Length..].TrimStart(':', '：', ' '); break; }
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '－' or '—' or '·'))).ToUpperInvariant();
    }
}

using System.Text;

namespace Enforcement.Registry;

/// <summary>
/// An 执法证号 as people copy it from a card or a page: full-width digits (３６０９…), spaces or dashes between groups
/// (3609 0012 389), 执法证号： before it. Its letters and digits are the number; the registry's are written with nothing else.
/// </summary>
public static class CertificateText
{
    public static string Normalize(string typed) =>
        new([.. typed.Normalize(NormalizationForm.FormKC).Where(char.IsAsciiLetterOrDigit)]);
}

using System.Globalization;

namespace Enforcement.Validation;

/// <summary>
/// How many characters a person counts in what they typed: an emoji, a rare character outside the basic plane
/// (𠀀) or a letter with its accent is one, where string.Length counts the UTF-16 units (two for 😀). A limit
/// stated as "最多 500 字" is counted this way, so a comment that ends in a few emoji is not refused as too long.
/// </summary>
public static class CharacterCount
{
    public static int Of(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// A textarea's maxlength for a limit of <paramref name="characters"/>: browsers count UTF-16 units there, so the
    /// form allows twice as many and the server's count (<see cref="Of"/>) decides, saying how much is over instead
    /// of a pasted text being cut off unseen.
    /// </summary>
    public static int BrowserMaxLength(int characters) => characters * 2;
}

using Enforcement.Redaction;

namespace Enforcement.Search;

/// <summary>
/// Whether a query that found nothing may be a person's name (漆国平, 况 金 凤): a natural person's name is published
/// as 漆某某, so no search finds it, and the page should say so rather than tell the person to change the words.
/// </summary>
public static class PersonsNameQuery
{
    /// <summary>
    /// Two to four ideographs, spaces aside, that open with a surname and not with an everyday word (卫生院, 黄金 and 时常
    /// open with 卫, 黄 and 时).
    /// </summary>
    public static bool Looks(string query)
    {
        var text = string.Concat(QueryText.Normalize(query).Where(c => !char.IsWhiteSpace(c)));
        if (text.Length is < 2 or > 4 || !text.All(c => c is >= '\u4E00' and <= '\u9FFF')) return false;
        var surname = Surnames.At(text);
        return surname > 0 && text.Length - surname is >= 1 and <= 2 && !text.Contains("某", StringComparison.Ordinal)
            && !Surnames.IsCommonWord(text.AsSpan(0, 2)) && !Surnames.StartsWithEverydayWord(text);
    }
}

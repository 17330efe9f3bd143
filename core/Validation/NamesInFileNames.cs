using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Validation;

/// <summary>
/// A decision's file name is its address (/decisions/2026/hongjianjun-wuzhao/), in every link, the sitemap and
/// the search index, where redaction does not reach. A natural person's name (or an individual business's
/// operator's, when it is masked) may not be in it, in characters or in pinyin either way round.
/// </summary>
public static class NamesInFileNames
{
    public static IEnumerable<ContentError> Check(PortalContent content)
    {
        if (!content.Site.MaskPartyNames) yield break;
        foreach (var d in content.Decisions)
            foreach (var name in MaskedNames(d))
                if (Spelled(d.Slug, name) is { } found)
                    yield return new ContentError(d.SourcePath, "文件名",
                        $"文件名“{d.Slug}”含有当事人的姓名（{found}），它会出现在网址中：请改用编号，如 {d.BodySlug}-{d.Year}-001 (the file name spells a natural person's name)");
    }

    private static IEnumerable<string> MaskedNames(Decision d)
    {
        if (d.Party.Kind == PartyKind.NaturalPerson && !PartyNames.IsMasked(d.Party.Name)) yield return d.Party.Name.Trim();
        if (DecisionSecrets.RepresentativeIsSecret(d)) yield return d.Party.Representative!.Trim();
    }

    /// <summary>The name as the file name writes it, or null.</summary>
    private static string? Spelled(string slug, string name)
    {
        if (name.Length >= 2 && slug.Contains(name, StringComparison.Ordinal)) return name;
        var words = new LatinWords(slug);
        foreach (var key in DecisionSecrets.SpelledKeys(name))
            if (words.Find(key).FirstOrDefault() is { End: > 0 } hit) return slug[hit.Start..hit.End];
        return null;
    }
}

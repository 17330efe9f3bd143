namespace Enforcement.Search;

/// <summary>
/// A body and the names people call it by: its full name, the name without its place (市场监督管理局), its
/// aliases from content (市监局), and each of those after the place and its short form (宜春市监局, 宜春市场监管局).
/// </summary>
public sealed record SearchBody(string Slug, string Name, IReadOnlyList<string> Forms)
{
    private static readonly char[] PlaceEnds = ['省', '市', '县', '区', '州', '盟', '旗'];

    public static SearchBody From(string slug, string name, IEnumerable<string> aliases)
    {
        var place = Place(name);
        var core = name[place.Length..];
        var shortPlace = place.Length > 2 ? place[..^1] : place;
        var bases = new[] { core }.Concat(aliases).Where(a => a.Length >= 2).ToList();
        var forms = new List<string> { name };
        foreach (var b in bases)
        {
            forms.Add(b);
            if (place.Length > 0) forms.Add(place + b);
            if (shortPlace.Length > 0) forms.Add(shortPlace + b);
        }
        return new SearchBody(slug, name, forms.Select(QueryText.Normalize).Where(f => f.Length >= 2).Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>The place a body's name starts with (宜春市 in 宜春市市场监督管理局), or "" when it starts with none.</summary>
    public static string Place(string name)
    {
        var end = name.IndexOfAny(PlaceEnds);
        return end is >= 2 and <= 5 && end < name.Length - 2 ? name[..(end + 1)] : "";
    }
}

using Enforcement.Content;
using Enforcement.Inspections;

namespace Enforcement.Site.Feeds;

/// <summary>inspections/feed.xml: an Atom feed of the newest 双随机 tasks whose results are public (counts only, no unit named).</summary>
internal static class InspectionFeed
{
    public const string FileName = "inspections/feed.xml";
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <param name="tasks">Public tasks, newest inspection first.</param>
    public static string Render(SiteSettings site, IReadOnlyList<PublicInspection> tasks, IReadOnlyDictionary<string, string> bodyNames, DateOnly today)
    {
        var entries = tasks.OrderByDescending(t => t.Published).ThenBy(t => t.Url, StringComparer.Ordinal).Take(AtomFeed.Entries).ToList();
        var updated = entries.Count > 0 ? entries.Max(t => t.Published) : today;
        return XmlText.Write(w =>
        {
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("title", Ns, $"{site.Title} - 双随机抽查结果");
            w.WriteElementString("id", Ns, $"{site.BaseUrl}/inspections/");
            AtomFeed.Link(w, $"{site.BaseUrl}/{FileName}", "self");
            AtomFeed.Link(w, $"{site.BaseUrl}/inspections/", "alternate");
            w.WriteElementString("updated", Ns, AtomFeed.Time(updated));
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, site.Title);
            w.WriteEndElement();
            foreach (var t in entries)
            {
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, t.Title);
                w.WriteElementString("id", Ns, site.BaseUrl + t.Url);
                AtomFeed.Link(w, site.BaseUrl + t.Url, "alternate");
                w.WriteElementString("published", Ns, AtomFeed.Time(t.Published));
                w.WriteElementString("updated", Ns, AtomFeed.Time(t.Published));
                var body = bodyNames.TryGetValue(t.BodySlug, out var name) ? name : t.BodySlug;
                w.WriteElementString("summary", Ns,
                    $"{body}{t.Item}：抽取 {t.Drawn} 户，公示 {t.Results.Count} 户结果，其中 {t.WithProblems} 户发现问题。");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }
}

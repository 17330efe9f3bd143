using System.Globalization;
using Enforcement.Content;
using Enforcement.Redaction;
using Enforcement.Site.Pages.Shared;

namespace Enforcement.Site.Feeds;

/// <summary>feed.xml: an Atom feed of the newest public decisions (summary only, never the full text).</summary>
internal static class AtomFeed
{
    public const string FileName = "feed.xml";
    public const int Entries = 50;
    private const string Ns = "http://www.w3.org/2005/Atom";

    /// <param name="newestFirst">Public decisions, newest first.</param>
    /// <param name="today">The build day: the feed's updated time when there is nothing in it.</param>
    public static string Render(SiteSettings site, IReadOnlyList<PublicDecision> newestFirst, IReadOnlyDictionary<string, string> bodyNames, DateOnly today)
    {
        var entries = newestFirst.Take(Entries).ToList();
        // Dates only, at midnight China Standard Time: the build has no clock of its own, so output stays reproducible.
        var updated = entries.Count > 0 ? entries.Max(d => d.Published) : today;
        return XmlText.Write(w =>
        {
            w.WriteStartElement("feed", Ns);
            w.WriteAttributeString("xml", "lang", null, "zh-CN");
            w.WriteElementString("title", Ns, $"{site.Title} - 行政处罚决定");
            w.WriteElementString("subtitle", Ns, $"最新公示的 {entries.Count} 件行政处罚决定");
            w.WriteElementString("id", Ns, $"{site.BaseUrl}/");
            Link(w, $"{site.BaseUrl}/feed.xml", "self");
            Link(w, $"{site.BaseUrl}/decisions/", "alternate");
            w.WriteElementString("updated", Ns, Time(updated));
            w.WriteStartElement("author", Ns);
            w.WriteElementString("name", Ns, site.Title);
            w.WriteEndElement();
            foreach (var d in entries)
            {
                w.WriteStartElement("entry", Ns);
                w.WriteElementString("title", Ns, d.Title);
                w.WriteElementString("id", Ns, site.BaseUrl + d.Url);
                Link(w, site.BaseUrl + d.Url, "alternate");
                w.WriteElementString("published", Ns, Time(d.Published));
                w.WriteElementString("updated", Ns, Time(d.Published));
                w.WriteStartElement("category", Ns);
                w.WriteAttributeString("term", d.Category);
                w.WriteEndElement();
                var body = bodyNames.TryGetValue(d.BodySlug, out var name) ? name : d.BodySlug;
                w.WriteElementString("summary", Ns, $"{d.Number}。{body}对{d.PartyName}作出行政处罚：{d.Violation}；{Penalty.WrittenAll(d.Penalties)}。");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        });
    }

    internal static void Link(System.Xml.XmlWriter w, string href, string rel)
    {
        w.WriteStartElement("link", Ns);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    internal static string Time(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+08:00";
}

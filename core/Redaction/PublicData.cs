using Enforcement.Content;

namespace Enforcement.Redaction;

/// <summary>
/// What the portal publishes on purpose, so that neither redaction nor the leak gate treats it as personal
/// data: the supervision office's and the bodies' phones and e-mail, organisations' and bodies' codes,
/// officers' certificate numbers, contact data written in free pages, and the names the portal shows
/// (officers, bodies, organisations). Also the bodies' internal notify addresses, which must never appear.
/// </summary>
public sealed class PublicData
{
    public PublicNumbers Numbers { get; } = new();

    /// <summary>Published e-mail addresses, normalized (<see cref="EmailAddresses.Normalize"/>).</summary>
    public HashSet<string> Emails { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The portal's own public texts (officers' names, bodies, organisations, process charts, free pages), in
    /// which a person's name may appear by coincidence (an officer called 王小明, 王小明副食店): a secret found
    /// in one of them is searched only in its own decision's outputs.
    /// </summary>
    public List<string> Names { get; } = [];

    /// <summary>Internal addresses that must never be published, with the file they come from.</summary>
    public List<(string Source, string Email)> InternalEmails { get; } = [];

    /// <summary>Only the site's own contacts (supervision office).</summary>
    public static PublicData FromSite(SiteSettings site)
    {
        var p = new PublicData();
        p.AddContact(site.Supervision.Phone).AddContact(site.Supervision.Email);
        p.Names.Add(site.Title);
        p.Names.Add(site.Supervision.Name);
        return p;
    }

    /// <summary>Everything the content publishes on purpose.</summary>
    public static PublicData From(PortalContent content)
    {
        var p = FromSite(content.Site);
        foreach (var b in content.Bodies)
        {
            p.AddContact(b.Phone).AddContact(b.Address).AddContact(b.OfficeHours)
                .AddContact(b.Remedies.Reconsideration).AddContact(b.Remedies.Litigation);
            p.Numbers.AddCode(b.CreditCode);
            p.Names.AddRange([b.Name, b.Address, b.OfficeHours, b.Remedies.Reconsideration, b.Remedies.Litigation, .. b.Duties]);
            p.Names.AddRange(b.Powers.SelectMany(x => new[] { x.Name, x.Basis }));
            p.Names.AddRange(b.RandomInspections.SelectMany(x => new[] { x.Item, x.Basis, x.Targets, x.Method }));
            if (!string.IsNullOrWhiteSpace(b.Notify)) p.InternalEmails.Add(($"bodies/{b.Slug}.yml", b.Notify));
        }
        // 事前公开 lists (服务指南 with their offices' phones and addresses) are the bodies' own public texts.
        foreach (var d in content.Disclosures)
        {
            foreach (var s in d.Services)
            {
                string[] texts = [s.Name, s.Basis, s.Agency, s.TimeLimit, s.Supervision, s.Accountability, s.Remedy, s.OfficeHours, s.Address, s.Phone];
                foreach (var t in texts) p.AddContact(t);
                p.Names.AddRange(texts);
            }
            p.Names.AddRange(d.Discretion.SelectMany(x => x.Levels.SelectMany(l => new[] { l.Circumstances, l.Penalty }).Append(x.Violation).Append(x.Basis)));
            p.Names.AddRange(d.LegalReview.SelectMany(x => new[] { x.Item, x.Scope, x.Basis, x.Reviewer }));
        }
        foreach (var o in content.Officers)
        {
            p.Numbers.AddCode(o.Certificate);
            p.Names.AddRange([o.Name, o.Unit, o.Position, o.Region, .. o.Categories]);
        }
        foreach (var chart in content.Processes)
            p.Names.AddRange([chart.Title, chart.Basis, .. chart.Steps.SelectMany(s => new[] { s.Label, s.Basis ?? "", s.TimeLimit ?? "" })]);
        // Free pages are the portal's own texts (关于本站, 救济渠道说明): the contacts they give are public.
        foreach (var page in content.Pages)
        {
            p.AddContact(page.Title).AddContact(page.Markdown);
            p.Names.AddRange([page.Title, page.Markdown]);
        }
        foreach (var d in content.Decisions) p.AddDecision(d);
        return p;
    }

    /// <summary>An organisation's or individual business's code and name, which are published.</summary>
    public PublicData AddDecision(Decision d)
    {
        if (d.Party.Kind == PartyKind.NaturalPerson) return this;
        if (CreditCodes.IsPublicOrganisationCode(d.Party.Code)) Numbers.AddCode(d.Party.Code);
        Names.Add(d.Party.Name);
        return this;
    }

    /// <summary>Every phone number and e-mail address in a public text.</summary>
    public PublicData AddContact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        Numbers.AddContact(text);
        var folded = TextFolding.FoldWidth(text);
        foreach (var (start, length) in EmailAddresses.Find(folded)) Emails.Add(EmailAddresses.Normalize(folded.Substring(start, length)));
        return this;
    }
}

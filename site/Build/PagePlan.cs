using Enforcement.Content;
using Enforcement.Redaction;
using Enforcement.Site.Charts;
using Enforcement.Site.Pages.Bodies;
using Enforcement.Site.Pages.Corrections;
using Enforcement.Site.Pages.Decisions;
using Enforcement.Site.Pages.Errors;
using Enforcement.Site.Pages.FreePages;
using Enforcement.Site.Pages.Home;
using Enforcement.Site.Pages.Info;
using Enforcement.Site.Pages.Officers;
using Enforcement.Site.Pages.Processes;
using Enforcement.Site.Pages.Search;
using Enforcement.Site.Pages.Shared;

namespace Enforcement.Site.Build;

/// <summary>Every page of the site for one build day: which component renders which URL with what.</summary>
internal static partial class PagePlan
{
    public const int DecisionsPerPage = 20;
    public const int LatestOnHome = 10;
    public const int LatestOnBody = 10;

    public static IReadOnlyList<PageJob> Create(PortalModel model)
    {
        var site = model.Site;
        var pages = new List<PageJob>();

        pages.Add(new PageJob("/", typeof(HomePage), new Dictionary<string, object?>
        {
            [nameof(HomePage.Site)] = site,
            [nameof(HomePage.Bodies)] = model.Bodies,
            [nameof(HomePage.Latest)] = model.Public.Take(LatestOnHome).ToList(),
            [nameof(HomePage.BodyNames)] = model.BodyNames,
            [nameof(HomePage.PublicCount)] = model.Public.Count,
        }));

        AddBodies(pages, model);
        AddOfficers(pages, model);
        AddProcesses(pages, model);
        AddDecisionLists(pages, model);
        AddDecisions(pages, model);
        AddFreePages(pages, model);
        AddDisclosure(pages, model);
        AddInspections(pages, model);
        AddStatistics(pages, model);

        // The filters offer what the index holds (DecisionSearcher.Values, the results page's menus): the decisions'
        // categories and years and the public 双随机 tasks' 抽查事项 and years, which the category and year filters also select.
        var searchedTasks = model.Disclosure.Inspections;
        pages.Add(new PageJob("/search/", typeof(SearchPage), new Dictionary<string, object?>
        {
            [nameof(SearchPage.Site)] = site,
            [nameof(SearchPage.Bodies)] = model.Bodies,
            [nameof(SearchPage.Categories)] = model.Public.Select(d => d.Category).Concat(searchedTasks.Select(t => t.Item))
                .Distinct().Order(StringComparer.Ordinal).ToList(),
            [nameof(SearchPage.Years)] = model.Public.Select(d => d.Year).Concat(searchedTasks.Select(t => t.Year)).Distinct().OrderDescending().ToList(),
            [nameof(SearchPage.PenaltyKinds)] = model.Public.SelectMany(d => d.Penalties).Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal).ToList(),
        }));
        pages.Add(new PageJob("/corrections/", typeof(CorrectionsPage), SiteOnly(site)));
        pages.Add(new PageJob("/corrections/status/", typeof(CorrectionStatusPage), SiteOnly(site), InSitemap: false));
        pages.Add(new PageJob("/404.html", typeof(NotFoundPage), SiteOnly(site), InSitemap: false));
        pages.Add(new PageJob("/410.html", typeof(GonePage), SiteOnly(site), InSitemap: false));
        pages.Add(new PageJob(NginxConfig.UnavailablePage, typeof(UnavailablePage), SiteOnly(site), InSitemap: false));
        pages.Add(new PageJob(NginxConfig.TooLargePage, typeof(TooLargePage), SiteOnly(site), InSitemap: false));

        var duplicate = pages.GroupBy(p => p.FilePath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two pages would be written to {duplicate.Key}");
        return pages;
    }

    private static Dictionary<string, object?> SiteOnly(SiteSettings site) => new() { ["Site"] = site };

    private static void AddBodies(List<PageJob> pages, PortalModel model)
    {
        pages.Add(new PageJob("/bodies/", typeof(BodiesPage), new Dictionary<string, object?>
        {
            [nameof(BodiesPage.Site)] = model.Site,
            [nameof(BodiesPage.Bodies)] = model.Bodies,
            [nameof(BodiesPage.OfficersByBody)] = model.OfficersByBody,
        }));
        var latestByBody = model.Public.ToLookup(d => d.BodySlug, StringComparer.Ordinal);
        foreach (var body in model.Bodies)
        {
            var officers = model.OfficersByBody[body.Slug].ToList();
            pages.Add(new PageJob(PageUrls.Body(body.Slug), typeof(BodyPage), new Dictionary<string, object?>
            {
                [nameof(BodyPage.Site)] = model.Site,
                [nameof(BodyPage.Body)] = body,
                [nameof(BodyPage.Officers)] = officers,
                [nameof(BodyPage.Processes)] = body.Processes.Select(p => model.ProcessBySlug[p]).ToList(),
                [nameof(BodyPage.Latest)] = latestByBody[body.Slug].Take(LatestOnBody).ToList(),
                [nameof(BodyPage.BodyNames)] = model.BodyNames,
                [nameof(BodyPage.Today)] = model.Today,
                [nameof(BodyPage.Disclosure)] = model.Disclosure.For(body.Slug),
            }));
        }
    }

    private static void AddOfficers(List<PageJob> pages, PortalModel model)
    {
        pages.Add(new PageJob("/officers/", typeof(OfficersPage), new Dictionary<string, object?>
        {
            [nameof(OfficersPage.Site)] = model.Site,
            [nameof(OfficersPage.Bodies)] = model.Bodies,
            [nameof(OfficersPage.OfficersByBody)] = model.OfficersByBody,
            [nameof(OfficersPage.Today)] = model.Today,
        }));
        foreach (var officer in model.Officers)
        {
            var body = model.BodyBySlug[officer.BodySlug];
            pages.Add(new PageJob(PageUrls.Officer(officer.Certificate), typeof(OfficerPage), new Dictionary<string, object?>
            {
                [nameof(OfficerPage.Site)] = model.Site,
                [nameof(OfficerPage.Officer)] = officer,
                [nameof(OfficerPage.Body)] = body,
                [nameof(OfficerPage.Today)] = model.Today,
                [nameof(OfficerPage.Led)] = model.Disclosure.LedBy[officer.Certificate].ToList(),
                [nameof(OfficerPage.BodyNames)] = model.BodyNames,
            }));
        }
    }

    private static void AddProcesses(List<PageJob> pages, PortalModel model)
    {
        pages.Add(new PageJob("/processes/", typeof(ProcessesPage), new Dictionary<string, object?>
        {
            [nameof(ProcessesPage.Site)] = model.Site,
            [nameof(ProcessesPage.Processes)] = model.Processes,
            [nameof(ProcessesPage.Bodies)] = model.Bodies,
        }));
        foreach (var process in model.Processes)
            pages.Add(new PageJob(PageUrls.Process(process.Slug), typeof(ProcessPage), new Dictionary<string, object?>
            {
                [nameof(ProcessPage.Site)] = model.Site,
                [nameof(ProcessPage.Process)] = process,
                [nameof(ProcessPage.Layout)] = ProcessChartLayout.Compute(process),
                [nameof(ProcessPage.UsedBy)] = model.Bodies.Where(b => b.Processes.Contains(process.Slug)).ToList(),
            }));
    }

    private static void AddDecisionLists(List<PageJob> pages, PortalModel model)
    {
        var years = model.Public.GroupBy(d => d.Year).OrderByDescending(g => g.Key)
            .Select(g => (g.Key, g.Count())).ToList();
        AddPaged(pages, model, model.Public, null, years);
        foreach (var group in model.Public.GroupBy(d => d.Year).OrderByDescending(g => g.Key))
            AddPaged(pages, model, group.ToList(), group.Key, years);
    }

    private static void AddPaged(List<PageJob> pages, PortalModel model, IReadOnlyList<PublicDecision> decisions, int? year, IReadOnlyList<(int, int)> years)
    {
        var baseUrl = year is null ? "/decisions/" : $"/decisions/{year}/";
        var pageCount = Math.Max(1, (decisions.Count + DecisionsPerPage - 1) / DecisionsPerPage);
        for (var page = 1; page <= pageCount; page++)
            pages.Add(new PageJob(PageUrls.For(baseUrl, page), typeof(DecisionsPage), new Dictionary<string, object?>
            {
                [nameof(DecisionsPage.Site)] = model.Site,
                [nameof(DecisionsPage.Decisions)] = decisions.Skip((page - 1) * DecisionsPerPage).Take(DecisionsPerPage).ToList(),
                [nameof(DecisionsPage.BodyNames)] = model.BodyNames,
                [nameof(DecisionsPage.Year)] = year,
                [nameof(DecisionsPage.Years)] = years,
                [nameof(DecisionsPage.Page)] = page,
                [nameof(DecisionsPage.PageCount)] = pageCount,
                [nameof(DecisionsPage.Total)] = decisions.Count,
            }));
    }

    private static void AddDecisions(List<PageJob> pages, PortalModel model)
    {
        foreach (var d in model.Public)
            pages.Add(new PageJob(d.Url, typeof(DecisionPage), new Dictionary<string, object?>
            {
                [nameof(DecisionPage.Site)] = model.Site,
                [nameof(DecisionPage.Decision)] = d,
                [nameof(DecisionPage.BodyName)] = model.BodyName(d.BodySlug),
                [nameof(DecisionPage.Basis)] = model.Disclosure.BasisByUrl.GetValueOrDefault(d.Url, DecisionBasis.None),
            }, LastModified: d.Published));
        // The notice stays at the URL so old links explain themselves, but search engines are asked to drop it.
        foreach (var d in model.Withdrawn)
            pages.Add(new PageJob(d.Url, typeof(WithdrawnPage), new Dictionary<string, object?>
            {
                [nameof(WithdrawnPage.Site)] = model.Site,
                [nameof(WithdrawnPage.Decision)] = d,
            }, InSitemap: false));
    }

    private static void AddFreePages(List<PageJob> pages, PortalModel model)
    {
        foreach (var page in model.Pages)
            pages.Add(new PageJob($"/{page.Slug}/", typeof(FreePageView), new Dictionary<string, object?>
            {
                [nameof(FreePageView.Site)] = model.Site,
                [nameof(FreePageView.Page)] = page,
            }));
        // The footer links to /about/ and /remedies/ on every page; staff may write their own, else these stand in.
        if (!model.Pages.Any(p => p.Slug == "about"))
            pages.Add(new PageJob("/about/", typeof(AboutPage), SiteOnly(model.Site)));
        if (!model.Pages.Any(p => p.Slug == "remedies"))
            pages.Add(new PageJob("/remedies/", typeof(RemediesPage), new Dictionary<string, object?>
            {
                [nameof(RemediesPage.Site)] = model.Site,
                [nameof(RemediesPage.Bodies)] = model.Bodies,
            }));
    }
}

using Enforcement.Content;
using Enforcement.Site.Feeds;
using Enforcement.Site.Pages.Disclosure;
using Enforcement.Site.Pages.Inspections;
using Enforcement.Site.Pages.Shared;
using Enforcement.Site.Pages.Statistics;

namespace Enforcement.Site.Build;

/// <summary>The 三项制度 pages: each body's 事前公开 sub-pages, 双随机 results, yearly figures.</summary>
internal static partial class PagePlan
{
    private static void AddDisclosure(List<PageJob> pages, PortalModel model)
    {
        foreach (var body in model.Bodies)
        {
            var disclosure = model.Disclosure.For(body.Slug);
            pages.Add(new PageJob(DisclosureUrls.Services(body.Slug), typeof(ServicesPage), new Dictionary<string, object?>
            {
                [nameof(ServicesPage.Site)] = model.Site,
                [nameof(ServicesPage.Body)] = body,
                [nameof(ServicesPage.Services)] = disclosure.Services,
            }));
            pages.Add(new PageJob(DisclosureUrls.Discretion(body.Slug), typeof(DiscretionPage), new Dictionary<string, object?>
            {
                [nameof(DiscretionPage.Site)] = model.Site,
                [nameof(DiscretionPage.Body)] = body,
                [nameof(DiscretionPage.Standards)] = disclosure.Discretion,
            }));
            pages.Add(new PageJob(DisclosureUrls.LegalReview(body.Slug), typeof(LegalReviewPage), new Dictionary<string, object?>
            {
                [nameof(LegalReviewPage.Site)] = model.Site,
                [nameof(LegalReviewPage.Body)] = body,
                [nameof(LegalReviewPage.Items)] = disclosure.LegalReview,
            }));
        }
    }

    private static void AddInspections(List<PageJob> pages, PortalModel model)
    {
        var tasks = model.Disclosure.Inspections;
        pages.Add(new PageJob(DisclosureUrls.Inspections, typeof(InspectionsPage), new Dictionary<string, object?>
        {
            [nameof(InspectionsPage.Site)] = model.Site,
            [nameof(InspectionsPage.Tasks)] = tasks,
            [nameof(InspectionsPage.BodyNames)] = model.BodyNames,
        }));
        var officers = model.Officers.GroupBy(o => o.Certificate).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decisionUrls = model.Public.ToDictionary(d => d.Number, d => d.Url, StringComparer.Ordinal);
        foreach (var task in tasks)
            pages.Add(new PageJob(task.Url, typeof(InspectionPage), new Dictionary<string, object?>
            {
                [nameof(InspectionPage.Site)] = model.Site,
                [nameof(InspectionPage.Task)] = task,
                [nameof(InspectionPage.BodyName)] = model.BodyName(task.BodySlug),
                [nameof(InspectionPage.Officers)] = task.Officers.Select(c => officers.GetValueOrDefault(c)).OfType<Officer>().ToList(),
                [nameof(InspectionPage.DecisionUrls)] = decisionUrls,
            }, LastModified: task.Published));
    }

    private static void AddStatistics(List<PageJob> pages, PortalModel model)
    {
        var figures = model.Disclosure.Figures;
        var years = figures.Select(f => f.Year).Distinct().OrderDescending().ToList();
        pages.Add(new PageJob(DisclosureUrls.Statistics, typeof(StatisticsPage), new Dictionary<string, object?>
        {
            [nameof(StatisticsPage.Site)] = model.Site,
            [nameof(StatisticsPage.Figures)] = figures,
            [nameof(StatisticsPage.Bodies)] = model.Bodies,
        }));
        foreach (var f in figures)
        {
            var byBody = f.BodySlug is null
                ? model.Bodies.Select(b => (b, figures.Single(x => x.Year == f.Year && x.BodySlug == b.Slug))).ToList()
                : [];
            pages.Add(new PageJob(DisclosureUrls.Figures(f.Year, f.BodySlug), typeof(FiguresPage), new Dictionary<string, object?>
            {
                [nameof(FiguresPage.Site)] = model.Site,
                [nameof(FiguresPage.Figures)] = f,
                [nameof(FiguresPage.BodyName)] = f.BodySlug is null ? null : model.BodyName(f.BodySlug),
                [nameof(FiguresPage.ByBody)] = (IReadOnlyList<(Body, Statistics.AnnualFigures)>)byBody,
                [nameof(FiguresPage.Years)] = years,
                [nameof(FiguresPage.Today)] = model.Today,
            }));
        }
    }

    /// <summary>The 双随机 feed, and figures.csv and figures.json beside each figures page: (file under out/site, text).</summary>
    public static IEnumerable<(string Name, string Text)> DisclosureFiles(PortalModel model)
    {
        yield return (InspectionFeed.FileName, InspectionFeed.Render(model.Site, model.Disclosure.Inspections, model.BodyNames, model.Today));
        foreach (var f in model.Disclosure.Figures)
        {
            var scope = f.BodySlug is null ? "全部执法主体" : model.BodyName(f.BodySlug);
            yield return (PageJob.ToFilePath(DisclosureUrls.FiguresFile(f.Year, f.BodySlug, "csv")), FiguresCsv.Render(f, scope));
            yield return (PageJob.ToFilePath(DisclosureUrls.FiguresFile(f.Year, f.BodySlug, "json")), FiguresJson.Render(f, scope));
        }
    }
}

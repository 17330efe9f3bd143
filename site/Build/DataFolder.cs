using Enforcement.Redaction;
using Enforcement.Registry;
using Enforcement.Search;
using Enforcement.Site.Pages.Shared;
using Microsoft.AspNetCore.Components;

namespace Enforcement.Site.Build;

/// <summary>out/data: what the API needs and the public never sees.</summary>
internal static class DataFolder
{
    public const string ShellFileName = PageShell.FileName;

    /// <summary>Where the API puts its page title and its content in <see cref="ShellFileName"/>.</summary>
    public const string TitleSlot = PageShell.TitleSlot, ContentSlot = PageShell.ContentSlot;

    /// <summary>The registry and the page shells (small, and read by the leak gate), and the assets the shells link.</summary>
    public static void WriteRegistryAndShell(PortalModel model, string dataDir)
    {
        Registry(model).Save(dataDir);
        File.WriteAllText(Path.Combine(dataDir, ShellFileName), Shell(model), PageRenderer.Utf8);
        File.WriteAllText(Path.Combine(dataDir, PageShell.ConsoleFileName), Shell(model, console: true), PageRenderer.Utf8);
        SiteAssets.CopyTo(Path.Combine(dataDir, PageShell.AssetsFolder));
    }

    /// <summary>The search index of public decisions and 双随机 results, with its vocabulary; parts unchanged since the last build come from <paramref name="cacheDir"/>.</summary>
    public static void WriteIndex(PortalModel model, string dataDir, string cacheDir)
    {
        SearchIndexBuilder.Build(model.Public, Path.Combine(dataDir, SearchIndexBuilder.FolderName), model.BodyNames,
            model.SearchWords, model.Bodies.Select(b => SearchBody.From(b.Slug, b.Name, b.Aliases ?? [])).ToList(), cacheDir,
            model.Disclosure.Inspections);
    }

    /// <summary>Last, once everything else is in: the API takes up a data folder only once build.json vouches for every file in it.</summary>
    public static void Seal(string dataDir) => DataManifest.Write(dataDir);

    /// <summary>Bodies (with their internal notify address), all officers, and the decisions that are public or withdrawn.</summary>
    public static PortalRegistry Registry(PortalModel model) => new(
        model.Site.Title,
        model.Site.BaseUrl,
        model.Today,
        model.Site.Retention,
        model.Site.Supervision,
        model.Bodies.Select(b => new RegistryBody(b.Slug, b.Name, b.Phone, b.Notify)).ToList(),
        model.Officers.Select(o => new RegistryOfficer(o.Certificate, o.Name, o.BodySlug, o.Unit, o.Position, o.Categories, o.Region, o.Status, o.ValidUntil)).ToList(),
        PortalModel.NewestFirst(model.Public.Concat(model.Withdrawn))
            .Select(d => new RegistryDecision(d.Number, d.Title, d.Url, d.BodySlug, d.Published, d.PublicUntil, d.State == Publicity.PublicityState.Withdrawn))
            .ToList());

    /// <summary>The page frame with slots, so answers the API renders (form posts, search without JavaScript) look like the site.</summary>
    public static string Shell(PortalModel model, bool console = false)
    {
        using var renderer = new PageRenderer();
        return renderer.Render(typeof(PageLayout), new Dictionary<string, object?>
        {
            [nameof(PageLayout.Title)] = TitleSlot,
            [nameof(PageLayout.Site)] = model.Site,
            [nameof(PageLayout.SiteAddress)] = console ? model.Site.BaseUrl.TrimEnd('/') : "",
            [nameof(PageLayout.SearchBox)] = !console,
            [nameof(PageLayout.ChildContent)] = (RenderFragment)(b => b.AddMarkupContent(0, ContentSlot)),
        });
    }
}

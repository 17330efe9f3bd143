using Enforcement.Content;
using Enforcement.Inspections;
using Enforcement.Loading;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Search;
using Enforcement.Site.Feeds;

namespace Enforcement.Site.Build;

/// <summary>Looks for personal data in what is about to be published.</summary>
internal delegate IReadOnlyList<Leak> OutputScan(IEnumerable<PublishedText> outputs, PortalContent content);

/// <summary>
/// content/ in, out/ out: load and validate, redact, render everything into a staging folder, run the leak
/// gate over it, and only then swap it in for the old out/. Any failure leaves the old out/ as it was.
/// </summary>
internal static class SiteBuilder
{
    public static BuildResult Run(BuildOptions options, OutputScan? scan = null)
    {
        var stats = new BuildStats();
        if (options.Clean && Directory.Exists(options.CacheDir)) Directory.Delete(options.CacheDir, recursive: true);
        // The real gate remembers what it found clean; a scan a test passes in has nothing to remember.
        var gateCache = scan is null ? stats.Time("泄露检查缓存 (leak gate's cache: content fingerprint)",
            () => GateCache.Open(Path.Combine(options.CacheDir, "gate"), options.ContentDir)) : null;
        var loaded = stats.Time("读取内容 (load and validate content)", () => ContentLoader.Load(options.ContentDir));
        if (!loaded.Succeeded) return BuildResult.Invalid(loaded.Errors);
        var content = loaded.Content!;
        var siteErrors = SiteChecks.Check(content).ToList();
        if (siteErrors.Count > 0) return BuildResult.Invalid(siteErrors);

        var model = stats.Time("技术处理与公示状态 (redact, publicity)", () => PortalModel.Create(content, options.Today));
        if (options.ReportPath is { } report) RedactionReport.Write(report, model.All);

        using var staging = StagingFolder.Create(options.OutDir);
        var pageCache = PageCache.Open(Path.Combine(options.CacheDir, "pages"), Path.Combine(staging.OutDir, "site"));
        // A page taken over from the last build, the very file the gate found clean then, need not be read again.
        // Every site file's size and time is noted either way (Unchanged before TookOver): the next build may take it over.
        Func<string, bool>? unchanged = gateCache is null ? null : path =>
            path.StartsWith("site/", StringComparison.Ordinal) && gateCache.Unchanged(staging.Root, path) && pageCache.TookOver(path["site/".Length..]);
        var pages = PagePlan.Create(model);
        var linkErrors = SiteChecks.ServiceLinks(model.SearchWords.Services, pages).ToList();
        if (linkErrors.Count > 0) return BuildResult.Invalid(linkErrors);
        DataFolder.WriteRegistryAndShell(model, staging.DataDir);
        // The index takes longest and needs nothing the pages need: it is written while they are rendered and
        // checked, and the cores the other stages leave idle do its work.
        var index = stats.Start("搜索索引 (search index, alongside pages and the gate)",
            () => DataFolder.WriteIndex(model, staging.DataDir, Path.Combine(options.CacheDir, SearchIndexBuilder.FolderName)));
        int files;
        IReadOnlyList<Leak> leaks;
        try
        {
            stats.Time("生成页面 (render pages)", () => PageRenderer.WriteAll(pages, staging.SiteDir, pageCache));
            files = stats.Time("订阅与其他文件 (feeds, redirects, assets)", () => WriteSiteFiles(model, pages, staging.SiteDir));
            NginxConfig.Write(model, staging.Root);

            // The 双随机 results' units and operators are searched like decisions' parties.
            // Outputs the gate found clean last time, unchanged and under unchanged content, are not scanned again.
            var outputs = PublishedOutputs.Collect(staging, model.Public, model.Disclosure.Inspections, unchanged);
            leaks = stats.Time("泄露检查 (leak gate)", () => (scan ?? ((o, c) => LeakGate.Scan(o, c, model.SecretsOf)))(
                gateCache?.ToScan(outputs) ?? outputs, InspectionRedaction.WithResultsAsDecisions(content)));
        }
        catch
        {
            // Never leave the index writing into a staging folder that is about to be deleted; the first failure is the one reported.
            try { index.Wait(); } catch (AggregateException) { }
            throw;
        }
        stats.Wait(index);
        // Every file, the index's included, once all are written.
        leaks = [.. leaks, .. stats.Time("监督卡凭证检查 (card tokens, every file)", () => CardTokenCheck.Scan(staging, unchanged).ToList())];
        if (leaks.Count > 0) return BuildResult.Leaked(leaks);
        DataFolder.Seal(staging.DataDir);

        stats.Time("替换输出 (swap in)", staging.SwapIn);
        gateCache?.RememberAllClean();
        pageCache.Save();
        return BuildResult.Done(new BuildSummary(
            Pages: pages.Count,
            Files: pages.Count + files,
            Public: model.Public.Count,
            Withdrawn: model.Withdrawn.Count,
            Ended: model.Ended.Count,
            NotYet: model.All.Count(d => d.State == PublicityState.NotYet),
            Masked: RedactionReport.Totals(model.All))
        { Stages = stats.Stages, PagesReused = pageCache.Reused });
    }

    /// <summary>Everything in out/site that is not a page: feeds, robots, redirects, assets. Returns how many files.</summary>
    private static int WriteSiteFiles(PortalModel model, IReadOnlyList<PageJob> pages, string siteDir)
    {
        var files = new List<(string Name, string Text)>();
        files.AddRange(Sitemap.Render(model.Site.BaseUrl, pages));
        files.Add((AtomFeed.FileName, AtomFeed.Render(model.Site, model.Public, model.BodyNames, model.Today)));
        files.Add((RobotsTxt.FileName, RobotsTxt.Render(model.Site.BaseUrl)));
        files.Add((NetlifyRedirects.FileName, NetlifyRedirects.Render(model)));
        files.AddRange(PagePlan.DisclosureFiles(model));
        foreach (var (name, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(siteDir, name))!);
            File.WriteAllText(Path.Combine(siteDir, name), text, PageRenderer.Utf8);
        }
        return files.Count + SiteAssets.CopyTo(Path.Combine(siteDir, "assets"));
    }
}

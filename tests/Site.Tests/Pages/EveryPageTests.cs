using AngleSharp.Dom;

namespace Enforcement.Site.Tests.Pages;

/// <summary>What must hold on every page the build writes.</summary>
public sealed class EveryPageTests(TestSite site) : IClassFixture<TestSite>
{
    private IEnumerable<(string File, IDocument Doc)> Pages() =>
        site.HtmlFiles().Select(f => (Path.GetRelativePath(site.SiteDir, f), Html.Parse(File.ReadAllText(f))));

    /// <summary>The file a site-relative link points at, or null for links that leave the site.</summary>
    private string? Target(string file, string href)
    {
        if (href.StartsWith('#') || href.Length == 0) return null;
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme != "file") return null;
        var baseUri = new Uri("https://portal.test/" + file.Replace('\\', '/'));
        var resolved = new Uri(baseUri, href);
        if (resolved.Host != "portal.test") return null;
        return Path.Combine(site.SiteDir, Enforcement.Site.Build.PageJob.ToFilePath(resolved.AbsolutePath));
    }

    [Fact]
    public void Every_internal_link_and_resource_resolves_to_a_written_file()
    {
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var (file, doc) in Pages())
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src], form[action]"))
            {
                var href = element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("action")!;
                // /api/... is answered by the API through the proxy, not by a file of the site.
                if (href.StartsWith("/api/", StringComparison.Ordinal) || href == "/api") continue;
                if (Target(file, href) is not { } target) continue;
                checkedLinks++;
                if (!File.Exists(target)) broken.Add($"{file}: {href}");
            }
        Assert.Empty(broken);
        Assert.True(checkedLinks > 100, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Fragment_links_point_at_an_element_on_the_same_page()
    {
        foreach (var (file, doc) in Pages())
            foreach (var a in doc.QuerySelectorAll("a[href^='#']"))
            {
                var id = Uri.UnescapeDataString(a.GetAttribute("href")![1..]);
                Assert.True(doc.GetElementById(id) is not null, $"{file}: #{id}");
            }
    }

    [Fact]
    public void Every_page_is_chinese_with_landmarks_one_h1_and_headings_in_order()
    {
        foreach (var (file, doc) in Pages())
        {
            Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
            Assert.Single(doc.QuerySelectorAll("main"));
            Assert.Single(doc.QuerySelectorAll("header.site-header"));
            Assert.Single(doc.QuerySelectorAll("footer.site-footer"));
            Assert.Single(doc.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), file);
            var previous = 1;
            foreach (var heading in doc.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{file}: <{heading.LocalName}> {heading.TextContent} follows h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public void Every_page_has_the_search_box_and_the_footer_links()
    {
        foreach (var (file, doc) in Pages())
        {
            var search = doc.QuerySelector("header form[role=search]");
            Assert.True(search is not null, file);
            Assert.Equal("/search/", search!.GetAttribute("action"));
            Assert.Equal("get", search.GetAttribute("method"));
            Assert.NotNull(search.QuerySelector("input[name=q]"));
            var footer = doc.QuerySelector("footer")!.TextContent;
            Assert.Contains("救济渠道", footer);
            Assert.Contains("关于", footer);
            Assert.Contains("监督电话：0795-1234567", footer);
            // Its icon, so that browsers do not ask for a /favicon.ico there is none of (a 404 on every first visit).
            Assert.True(doc.QuerySelector("head link[rel=icon]") is not null, file);
        }
    }

    [Fact]
    public void Every_form_control_has_a_label()
    {
        foreach (var (file, doc) in Pages())
            foreach (var control in doc.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                var id = control.Id;
                var labelled = control.HasAttribute("aria-label") || control.HasAttribute("aria-labelledby")
                    || control.Closest("label") is not null
                    || (id is not null && doc.QuerySelector($"label[for='{id}']") is not null);
                Assert.True(labelled, $"{file}: unlabelled <{control.LocalName} name={control.GetAttribute("name")}>");
            }
    }

    [Fact]
    public void Every_wide_table_scrolls_in_a_region_a_keyboard_reaches_and_its_caption_names()
    {
        var regions = 0;
        foreach (var (file, doc) in Pages())
            foreach (var box in doc.QuerySelectorAll(".table-scroll"))
            {
                regions++;
                Assert.True(box.GetAttribute("role") == "region" && box.GetAttribute("tabindex") == "0", $"{file}: a table's scroll box is not a focusable region");
                var caption = box.QuerySelector("caption")?.TextContent;
                Assert.Equal(caption ?? "决定书中的表格", box.GetAttribute("aria-label"));
            }
        Assert.True(regions > 20, $"only {regions} table boxes seen");
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        foreach (var (file, doc) in Pages())
        {
            var duplicate = doc.QuerySelectorAll("[id]").GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
            Assert.True(duplicate is null, $"{file}: id {duplicate?.Key} used twice");
        }
    }

    [Fact]
    public void No_page_needs_inline_script_style_or_handlers_which_the_csp_forbids()
    {
        foreach (var (file, doc) in Pages())
        {
            Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
            Assert.Empty(doc.QuerySelectorAll("style"));
            foreach (var element in doc.All)
            {
                Assert.False(element.HasAttribute("style"), $"{file}: style= on <{element.LocalName}>");
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Chinese_is_written_as_text_not_entities()
    {
        var html = site.Text("/");
        Assert.Contains("测试市行政执法公示平台", html);
        Assert.DoesNotContain("&#x", html);
    }
}

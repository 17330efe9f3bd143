using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Enforcement.Api.Tests.Harness;

public static class Html
{
    public static async Task<IDocument> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>What the strict Content-Security-Policy would block: inline styles, inline scripts, on* handlers.</summary>
    public static void AssertCspClean(IDocument page)
    {
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), "inline <script>"));
        Assert.All(page.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    public static string Text(this IDocument page, string selector) =>
        page.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"no {selector}");
}

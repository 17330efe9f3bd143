using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Registry;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>
/// Every HTML answer the API gives: a Razor component rendered to HTML and placed into the site's frame
/// ({Portal:Data}/shell.html, written by the build), or into a plain frame before the first build. The staff console
/// and the card sheets, which staff open on the API's own address, get the frame that links to the site by its
/// address (console-shell.html), unless the API serves the site itself (the preview).
/// </summary>
public sealed partial class PageRenderer(PortalData data, ILoggerFactory loggers, IHttpContextAccessor http, IOptions<PortalOptions> options)
{
    /// <summary>Chinese as UTF-8 text rather than entities (&amp;#x6848;); markup characters are still escaped.</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly IServiceProvider RendererServices = new ServiceCollection().AddSingleton(Encoder).BuildServiceProvider();

    /// <summary>
    /// A renderer per page: an HtmlRenderer keeps every root component it rendered until it is disposed, so a
    /// shared one would grow with every request.
    /// </summary>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(RendererServices, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    /// <summary>The component, rendered into the site's frame under <paramref name="title"/>.</summary>
    public async Task<HtmlPage> PageAsync<TComponent>(string title, IDictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        Page(title, await LeadAsync() + await RenderAsync<TComponent>(parameters) + Trailer(), status);

    /// <summary>
    /// What every page answering this request starts with, under its title: the console's bar (who is signed in, the
    /// way out), put there by the console's filter so that no console page can leave it out.
    /// </summary>
    public static void StartPagesWith(HttpContext http, Func<PageRenderer, Task<string>> lead) => http.Items[LeadKey] = lead;

    private static readonly object LeadKey = new();

    private async Task<string> LeadAsync() =>
        http.HttpContext?.Items[LeadKey] is Func<PageRenderer, Task<string>> lead ? await lead(this) : "";

    /// <summary>
    /// The page answering this form post stands for the page at <paramref name="address"/> (a path on this address): where
    /// JavaScript runs, the browser's history then holds that address, so Back to it or Reload opens that page rather than
    /// asking to post the form again (assets/forget-post.js).
    /// </summary>
    public static void AnswerPostAs(HttpContext http, string address) => http.Items[AnswerPostAsKey] = address;

    private static readonly object AnswerPostAsKey = new();

    private string Trailer() =>
        http.HttpContext?.Items[AnswerPostAsKey] is string address
            ? $"<script src=\"/assets/forget-post.js\" defer data-address=\"{Encoder.Encode(address)}\"></script>"
            : "";

    /// <summary>Callers pass trusted markup; everything user-supplied in it must already be encoded (<see cref="Encoder"/>).</summary>
    public HtmlPage Page(string title, string contentHtml, int status = StatusCodes.Status200OK)
    {
        var shell = ReadShell(OnApiAddress ? PageShell.ConsoleFileName : PageShell.FileName)
            ?? ReadShell(PageShell.FileName) ?? Fallback;
        // Title first, so content that happens to contain the title slot is never treated as one. In <title> it is text;
        // in the page's heading its numbers are kept whole.
        var text = Encoder.Encode(title);
        var head = shell.IndexOf("</title>", StringComparison.Ordinal) is var end and >= 0 ? end : 0;
        var html = (shell[..head].Replace(PageShell.TitleSlot, text, StringComparison.Ordinal)
                + shell[head..].Replace(PageShell.TitleSlot, Unbroken(text), StringComparison.Ordinal))
            .Replace(PageShell.ContentSlot, contentHtml, StringComparison.Ordinal);
        return new HtmlPage(html, status);
    }

    /// <summary>
    /// A request's or a rating's number (GZ-2026-000001, PJ-…) in a heading, in a span site.css keeps on one line: on a
    /// phone the heading broke at its dashes (GZ-2026- / 000001), which reads as two numbers.
    /// </summary>
    internal static string Unbroken(string encodedTitle) =>
        CodeWithDashes().Replace(encodedTitle, m => $"<span class=\"unbroken\">{m.Value}</span>");

    [System.Text.RegularExpressions.GeneratedRegex("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+")]
    private static partial System.Text.RegularExpressions.Regex CodeWithDashes();

    /// <summary>
    /// A link to one of the site's pages from a page the API renders: as it is where the API serves the site (the
    /// preview), on the site's address where the page is read on the API's (the console: a decision's path there
    /// is no page).
    /// </summary>
    public string SiteLink(string path) =>
        OnApiAddress && data.Registry is { } registry && path.StartsWith('/') ? registry.BaseUrl.TrimEnd('/') + path : path;

    private string? ReadShell(string name)
    {
        var file = Path.Combine(data.Folder, name);
        return File.Exists(file) ? File.ReadAllText(file) : null;
    }

    /// <summary>
    /// A console or card-sheet page: the public never reaches these through the site's proxy (only /api/ and the
    /// query rules are proxied), so they are read on the API's address, where the site's own paths are not pages.
    /// </summary>
    private bool OnApiAddress =>
        string.IsNullOrWhiteSpace(options.Value.Site) && http.HttpContext?.Request.Path is { } path
        && (path.StartsWithSegments("/staff") || path.StartsWithSegments("/api/admin"));

    /// <summary>Before the first build there is no shell.html: a plain frame, so the page still reads well.</summary>
    private const string Fallback = $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{PageShell.TitleSlot}</title><link rel="stylesheet" href="/assets/site.css"></head>
        <body><header><a href="/">首页</a></header>
        <main id="main"><h1>{PageShell.TitleSlot}</h1>{PageShell.ContentSlot}</main></body></html>
        """;
}

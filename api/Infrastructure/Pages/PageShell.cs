using System.Net;
using System.Text;
using Enforcement.Api.Infrastructure.Data;

namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>
/// Answers plain (no-JavaScript) form posts and searches with an HTML page in the site's own look: the
/// build writes out/data/shell.html, the site frame with {{title}} and &lt;!--content--&gt; placeholders.
/// </summary>
public sealed class PageShell(PortalData data)
{
    public const string FileName = "shell.html";

    /// <summary>Callers pass trusted markup; everything user-supplied in it must already be encoded.</summary>
    public IResult Page(string title, string contentHtml, int status = StatusCodes.Status200OK)
    {
        var file = Path.Combine(data.Folder, FileName);
        var shell = File.Exists(file) ? File.ReadAllText(file) : Fallback;
        var html = shell.Replace("{{title}}", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("<!--content-->", contentHtml, StringComparison.Ordinal);
        return Results.Text(html, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private const string Fallback = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}</title></head><body><main id="main"><h1>{{title}}</h1><!--content--></main></body></html>
        """;
}

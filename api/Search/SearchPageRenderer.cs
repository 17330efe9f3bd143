using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Enforcement.Api.Search;

/// <summary>
/// Renders the no-JavaScript results page: <see cref="SearchResultsView"/> placed into {Portal:Data}/shell.html,
/// the site's frame written by the build (its {{title}} and &lt;!--content--&gt; filled in), or into a plain
/// frame when the build has not written one.
/// </summary>
internal sealed class SearchPageRenderer(ILoggerFactory loggerFactory)
{
    public const string ShellFile = "shell.html";

    // Chinese as UTF-8 text rather than entities; markup characters are still escaped.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public async Task<string> RenderAsync(SearchPageModel model, string dataDir)
    {
        var content = await RenderAsync<SearchResultsView>(new() { ["Model"] = model });
        var shellPath = Path.Combine(dataDir, ShellFile);
        if (!File.Exists(shellPath))
            return await RenderAsync<SearchFallbackFrame>(new() { ["Title"] = model.Title, ["Content"] = new MarkupString(content) });
        var shell = await File.ReadAllTextAsync(shellPath);
        // Title first, so a query that happens to contain the content marker is never treated as one.
        return shell.Replace("{{title}}", HtmlText.Escape(model.Title)).Replace("<!--content-->", content);
    }

    private async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}

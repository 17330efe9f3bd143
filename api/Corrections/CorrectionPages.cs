using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Enforcement.Api.Corrections;

/// <summary>Pages for people without JavaScript: a Razor component rendered into the site's frame (PageShell).</summary>
internal sealed class CorrectionPages(PageShell shell, ILoggerFactory loggers)
{
    // Chinese as UTF-8 text, not entities; markup characters are still escaped.
    private static readonly IServiceProvider RendererServices =
        new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();

    public async Task<IResult> PageAsync<TComponent>(HttpContext context, string title, int status, Dictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(RendererServices, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
        CorrectionEndpoints.KeepPrivate(context.Response);
        return shell.Page(title, html, status);
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Enforcement.Api.Infrastructure.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Api.Feedback.Pages;

/// <summary>Renders this feature's Razor components to HTML and answers with them inside the site's frame.</summary>
public sealed class FeedbackPages : IAsyncDisposable
{
    private readonly PageShell shell;
    private readonly ServiceProvider services;

    public FeedbackPages(PageShell shell)
    {
        this.shell = shell;
        // Chinese as text, not as &#x...; entities; markup characters are still escaped.
        services = new ServiceCollection().AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();
    }

    /// <summary>
    /// A renderer per page: an HtmlRenderer keeps every root component it rendered until it is disposed, so a
    /// shared one grows with every request.
    /// </summary>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    public async Task<IResult> PageAsync<TComponent>(string title, IDictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent =>
        shell.Page(title, await RenderAsync<TComponent>(parameters), status);

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

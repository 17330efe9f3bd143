using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Site.Build;

/// <summary>Renders Razor components to HTML strings through ASP.NET Core's HtmlRenderer.</summary>
internal sealed class PageRenderer : IDisposable
{
    // Pages a renderer makes before it is replaced: HtmlRenderer keeps every root component it rendered.
    private const int PagesPerRenderer = 256;

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer()
    {
        var services = new ServiceCollection();
        // Without this every Chinese character would be written as an entity (&#x6848;).
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public string Render(Type component, IReadOnlyDictionary<string, object?> parameters) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();

    public string Render(PageJob job) => Render(job.Component, job.Parameters);

    /// <summary>
    /// Renders every page and writes it under <paramref name="siteDir"/>, in parallel. Each page depends only
    /// on its own parameters, so the files are the same whatever order the threads take; and a page whose
    /// parameters are what they were in the last build is taken from it (<paramref name="cache"/>) unrendered.
    /// </summary>
    public static void WriteAll(IReadOnlyList<PageJob> jobs, string siteDir, PageCache? cache = null)
    {
        var keys = new PageKey();
        var ranges = Partitioner.Create(0, jobs.Count, PagesPerRenderer);
        Parallel.ForEach(ranges, range =>
        {
            PageRenderer? renderer = null;
            try
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var job = jobs[i];
                    var path = Path.Combine(siteDir, job.FilePath);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    var key = cache is null ? null : keys.Of(job);
                    if (key is not null && cache!.TryReuse(job.FilePath, key, path)) continue;
                    renderer ??= new PageRenderer();
                    File.WriteAllText(path, renderer.Render(job), Utf8);
                    if (key is not null) cache!.Remember(job.FilePath, key, path);
                }
            }
            finally
            {
                renderer?.Dispose();
            }
        });
    }

    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }
}

using System.Text.RegularExpressions;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Registry;
using Microsoft.AspNetCore.StaticFiles;

namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>
/// GET /assets/{file}: the build's copy of the site's stylesheets and scripts ({Portal:Data}/assets), so the pages
/// staff open on the API's own address (the console, the printed cards) are styled. On the site's address nginx or
/// Netlify answer /assets/ from the site; in the preview the site's own files answer first.
/// </summary>
public static partial class BuildAssets
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public static IEndpointRouteBuilder MapBuildAssets(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/assets/{file}", [HttpMethods.Get, HttpMethods.Head], (string file, PortalData data, HttpContext context) =>
        {
            var path = Path.Combine(data.Folder, PageShell.AssetsFolder, file);
            if (!AssetName().IsMatch(file) || !File.Exists(path) || !Types.TryGetContentType(file, out var type))
                return Results.NotFound();
            context.Response.Headers.CacheControl = PageShell.AssetsCacheControl;
            return Results.File(path, type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type,
                lastModified: File.GetLastWriteTimeUtc(path));
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>A file name of the folder, never a path out of it.</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[a-z0-9]+)+$")]
    private static partial Regex AssetName();
}

using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>
/// A whole HTML page as an endpoint's answer (made by <see cref="PageRenderer"/>), so handlers that answer a
/// plain form post with a page and a script with JSON still declare typed results.
/// </summary>
public sealed record HtmlPage(string Html, int StatusCode, string? Location = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/html; charset=utf-8";

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => MediaType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        if (Location is not null) response.Headers.Location = Location;
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.StatusCode = StatusCode;
        response.ContentType = MediaType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/html"]));
}

namespace Enforcement.Api.Infrastructure.Pages;

public static class PageOrJson
{
    /// <summary>
    /// A script that asked for JSON (fetch with Accept: application/json): it gets problem details, where a person's
    /// browser gets a page in the site's look.
    /// </summary>
    public static bool AsksForJson(this HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));
}

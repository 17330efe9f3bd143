namespace Enforcement.Api.Search;

// Placeholder until written.
internal static class SearchEndpoints
{
    public static WebApplicationBuilder AddSearch(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapSearch(this WebApplication app) => app;
}

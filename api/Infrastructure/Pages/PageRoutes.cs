namespace Enforcement.Api.Infrastructure.Pages;

/// <summary>Routes for what the public opens by address: pages, and the health check.</summary>
public static class PageRoutes
{
    /// <summary>
    /// GET and HEAD: link checkers, chat apps' link previews and uptime monitors ask HEAD first, and minimal APIs map
    /// GET alone, so HEAD answered 404 where GET answered 200. The server sends HEAD's headers without the body.
    /// </summary>
    public static RouteHandlerBuilder MapPage(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Head], handler);
}

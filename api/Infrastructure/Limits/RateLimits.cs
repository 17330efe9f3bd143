using System.Globalization;
using System.Threading.RateLimiting;
using Enforcement.Api.Infrastructure.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Limits;

/// <summary>Per-client-address limits: "submit" for feedback and corrections, "search" for queries, "suggest" for the search box's suggestions.</summary>
public static class RateLimits
{
    public const string Submit = "submit";
    public const string Search = "search";
    public const string Suggest = "suggest";

    /// <summary>
    /// The search box asks for suggestions at each pause in typing, several times per search: counted with the
    /// searches, a person typing would run out of searches long before a scraper would.
    /// </summary>
    public const int SuggestFactor = 5;

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            // In front of the submitting endpoints, a flood guard only: the allowance people meet (SubmitPermits) is
            // taken once a submission has passed validation (SubmitAllowance), so a form sent back for a mistake is free.
            limiter.AddPolicy(Submit, context => Window(context, "submit", o => (o.SubmitPermits * FloodFactor, o.SubmitWindow)));
            limiter.AddPolicy(Search, context => Window(context, "search", o => (o.SearchPermits, o.SearchWindow)));
            limiter.AddPolicy(Suggest, context => Window(context, "suggest", o => (o.SearchPermits * SuggestFactor, o.SearchWindow)));
            limiter.OnRejected = async (context, cancel) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                // A page a browser opened (a search without JavaScript, a plain form post) gets a page in the site's look;
                // a script that asks for JSON, JSON.
                var http = context.HttpContext;
                IResult answer = WantsPage(http.Request) ? TooManyPage(http, retryAfter) : TooManyProblem(http, retryAfter);
                await answer.ExecuteAsync(http);
            };
        });
        services.AddSingleton<SubmitAllowance>();
        return services;
    }

    private static bool WantsPage(HttpRequest request) =>
        !request.AsksForJson() && (request.HasFormContentType
            || HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>How many times the allowance the flood guard in front of the submitting endpoints lets through.</summary>
    public const int FloodFactor = 3;

    /// <summary>429 as a page in the site's look, with Retry-After.</summary>
    public static HtmlPage TooManyPage(HttpContext context, TimeSpan retryAfter) =>
        context.RequestServices.GetRequiredService<PageRenderer>().Page("请求过于频繁",
            $"<p class=\"form-error\" role=\"alert\">{PageRenderer.Encoder.Encode(TooManyDetail(context, retryAfter))}</p>", StatusCodes.Status429TooManyRequests);

    /// <summary>429 as problem details, with Retry-After.</summary>
    public static ProblemHttpResult TooManyProblem(HttpContext context, TimeSpan retryAfter) =>
        TypedResults.Problem(title: "请求过于频繁", detail: TooManyDetail(context, retryAfter), statusCode: StatusCodes.Status429TooManyRequests);

    /// <summary>What the person did too often and how long to wait (您提交得太频繁了，请在 10 分钟后再试。), with Retry-After set.</summary>
    public static string TooManyDetail(HttpContext context, TimeSpan retryAfter)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        // A search is not a submission: say what the person did too often.
        var what = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is Search or Suggest ? "查询" : "提交";
        return $"您{what}得太频繁了，请在 {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes))} 分钟后再试。";
    }

    /// <summary>
    /// Who is asking, for limits: an IPv4 address, or an IPv6 address's /64. A phone or a home line is given a
    /// whole /64 and may use any address in it, so counting single IPv6 addresses would let one client take a
    /// fresh allowance with every request (and rate one card over and over).
    /// </summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress is { } address ? Client(address) : "unknown";

    internal static string Client(System.Net.IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    private static RateLimitPartition<string> Window(HttpContext context, string name, Func<RateLimitOptions, (int Permits, TimeSpan Window)> pick)
    {
        var (permits, window) = pick(context.RequestServices.GetRequiredService<IOptions<PortalOptions>>().Value.RateLimits);
        return RateLimitPartition.GetFixedWindowLimiter($"{name}:{ClientAddress(context)}", _ => FixedWindow(permits, window));
    }

    /// <summary>A window of so many permits per address; what is over is refused at once, never queued.</summary>
    internal static FixedWindowRateLimiterOptions FixedWindow(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0 };
}

using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Enforcement.Api.Infrastructure.Proxies;

/// <summary>
/// Portal:TrustedProxies (addresses or CIDR ranges): the reverse proxies whose X-Forwarded-For and
/// X-Forwarded-Proto the API believes, so per-address limits and "one rating per card per address per day" see
/// the real client rather than the proxy. Nothing is trusted by default, not even loopback: a header from
/// anyone else is ignored and the connection's own address counts.
/// </summary>
public static class TrustedProxies
{
    public const string Section = "Portal:TrustedProxies";

    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var entries = builder.Configuration.GetSection(Section).Get<string[]>() ?? [];
        var (proxies, networks, errors) = Parse(entries);
        if (errors.Count > 0)
            throw new InvalidOperationException($"{Section}: {string.Join("; ", errors)}");
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(proxy);
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            // Walk X-Forwarded-For from the right while the hop that sent it is trusted (nginx behind a load
            // balancer, say); the first untrusted hop is the client. Anything left of it is whatever the client wrote.
            options.ForwardLimit = null;
        });
        return builder;
    }

    /// <summary>Runs first, so every later step (limits, the rating store) sees the client's address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        // ASP.NET Core believes every peer when both lists are empty, so with nothing configured the
        // middleware must not run at all.
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0) app.UseForwardedHeaders();
        app.Use(WarnOfUntrustedProxy(app.Logger));
        return app;
    }

    /// <summary>
    /// An X-Forwarded-For still on the request here came from a peer not listed: most likely the site's own proxy
    /// with Portal:TrustedProxies unset, and then every visitor counts as that one address (one rating per card per
    /// day for all of them, one search allowance). Said once in the log, with the address to add, and only of a
    /// loopback or private address, where a site's own proxy is: a visitor on the internet who writes the header
    /// must not be named as one to trust.
    /// </summary>
    private static Func<HttpContext, RequestDelegate, Task> WarnOfUntrustedProxy(ILogger logger)
    {
        var warned = 0;
        return (context, next) =>
        {
            // A trusted proxy's header is applied and leaves X-Original-For (what remains of X-Forwarded-For then is
            // whatever the client wrote itself).
            var headers = context.Request.Headers;
            if (Volatile.Read(ref warned) == 0 && headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName)
                && !headers.ContainsKey(ForwardedHeadersDefaults.XOriginalForHeaderName) && IsLocal(context.Connection.RemoteIpAddress)
                && Interlocked.Exchange(ref warned, 1) == 0)
                logger.LogWarning("A request came through a proxy at {Proxy} that {Section} does not list, so its X-Forwarded-For is ignored: "
                    + "if this is the portal's own proxy, every visitor behind it counts as one client for rate limits and the one rating per card a day. "
                    + "Add its address to {Section}.", context.Connection.RemoteIpAddress, Section, Section);
            return next(context);
        };
    }

    /// <summary>Loopback, or a private range (10/8, 172.16/12, 192.168/16, fc00::/7): where a site's own proxy connects from.</summary>
    internal static bool IsLocal(IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return true;
        var b = address.GetAddressBytes();
        return address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
            ? b[0] == 10 || b[0] == 172 && (b[1] & 0xF0) == 16 || b[0] == 192 && b[1] == 168
            : (b[0] & 0xFE) == 0xFC;
    }

    /// <summary>Each entry is an address ("10.0.0.5", "::1") or a range ("10.0.0.0/8"); the errors name the entry.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks, List<string> Errors) Parse(IEnumerable<string> entries)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        var errors = new List<string>();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0) continue;
            if (entry.Contains('/'))
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network)) networks.Add(network);
                else errors.Add($"'{entry}' is not a CIDR range (e.g. 10.0.0.0/8)");
            }
            else if (IPAddress.TryParse(entry, out var address)) proxies.Add(address);
            else errors.Add($"'{entry}' is not an IP address");
        }
        return (proxies, networks, errors);
    }
}

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
        return app;
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

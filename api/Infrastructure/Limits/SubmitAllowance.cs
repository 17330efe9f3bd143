using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure.Limits;

/// <summary>
/// The "submit" allowance (Portal:RateLimits:SubmitPermits per SubmitWindow and client address), taken only by a rating,
/// a correction request or a lost-link request that passed validation. Taken before the handler, as the RateLimiter
/// middleware does, a form sent back for a mistake used it up too: a shopkeeper fixing a form three times, or a market
/// behind one address, was locked out. The middleware's "submit" policy stays in front as a flood guard.
/// </summary>
public sealed class SubmitAllowance(IOptions<PortalOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => RateLimits.FixedWindow(options.Value.RateLimits.SubmitPermits, options.Value.RateLimits.SubmitWindow)));

    /// <summary>Null when the submission may go on; else how long until the address may submit again.</summary>
    public TimeSpan? Refuse(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(RateLimits.ClientAddress(context));
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.RateLimits.SubmitWindow;
    }

    public void Dispose() => limiter.Dispose();
}

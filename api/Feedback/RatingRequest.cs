using Enforcement.Registry;

namespace Enforcement.Api.Feedback;

/// <summary>
/// A rating that passed every rule and may be stored, once the register confirms that the card with
/// <paramref name="CardSerial"/> (its token's signature checked) is still the officer's card in use.
/// </summary>
public sealed record RatingRequest(
    RegistryOfficer Officer,
    long CardSerial,
    DateOnly VisitDate,
    int Rating,
    IReadOnlyList<string> Checks,
    IReadOnlyList<string> Problems,
    string? Comment,
    string? Contact)
{
    /// <summary>A poor rating or any problem reaches the supervision office at once.</summary>
    public bool NeedsAttention => Rating <= RatingVocabulary.PoorAtOrBelow || Problems.Count > 0;
}

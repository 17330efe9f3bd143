namespace Enforcement.Publicity;

/// <summary>Where a decision stands in its publicity period on a given day.</summary>
public enum PublicityState
{
    /// <summary>published is in the future: not yet shown.</summary>
    NotYet,
    /// <summary>Shown in full.</summary>
    Public,
    /// <summary>Revoked, amended or void: only a notice with the date and reason stays at its URL.</summary>
    Withdrawn,
    /// <summary>The period has run out: gone (410).</summary>
    Ended,
}

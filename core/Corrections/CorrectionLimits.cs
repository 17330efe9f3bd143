namespace Enforcement.Corrections;

/// <summary>Limits the form announces and the API enforces; one place so the two cannot drift.</summary>
public static class CorrectionLimits
{
    /// <summary>What is wrong, what it should say, the evidence, and staff replies.</summary>
    public const int MaxTextLength = 2000;
    public const int MaxNameLength = 50;
    public const int MaxEmailLength = 254;
    /// <summary>The default confirmation window; the API may be configured otherwise (Portal:Corrections:ConfirmDays).</summary>
    public const int DefaultConfirmDays = 7;
}

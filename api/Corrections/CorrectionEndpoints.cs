namespace Enforcement.Api.Corrections;

// Placeholder until written.
internal static class CorrectionEndpoints
{
    public static WebApplication MapCorrections(this WebApplication app) => app;
}

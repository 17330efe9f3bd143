using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure;

/// <summary>
/// Runs the settings checks (ValidateOnStart) before the host starts, so a wrong setting ends the start with one
/// line per wrong key on standard error and exit code 2, not two stack traces and an abort.
/// </summary>
internal static class StartupSettings
{
    public const int WrongSettingExitCode = 2;

    public static bool AreValid(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return true;
        }
        catch (Exception e) when (Failures(e) is { Count: > 0 } failures)
        {
            error.WriteLine("The API did not start: a setting is wrong.");
            foreach (var failure in failures) error.WriteLine("  " + failure);
            return false;
        }
    }

    private static List<string> Failures(Exception e) => e switch
    {
        OptionsValidationException one => [.. one.Failures],
        AggregateException many => [.. many.InnerExceptions.SelectMany(Failures)],
        _ => [],
    };
}

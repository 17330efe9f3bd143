using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure;

/// <summary>Collects what is wrong in one configuration section, each failure under its full key, for ValidateOnStart.</summary>
internal sealed class SettingChecks(string section)
{
    private readonly List<string> failures = [];

    public void Check(bool ok, string key, string expected)
    {
        if (!ok) failures.Add($"{section}:{key}: {expected}");
    }

    public ValidateOptionsResult Result => failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}

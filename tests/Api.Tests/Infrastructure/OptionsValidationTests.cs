namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>
/// Settings are checked when the API starts: a typo stops it with the key named, not a 500 on some later request.
/// The real process is started, as the operator starts it (WebApplicationFactory races the failed host's disposal).
/// </summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Portal:Mail:Port", "0")]
    [InlineData("Portal:Mail:From", "not an address")]
    [InlineData("Portal:Mail:PollInterval", "00:00:00")]
    [InlineData("Portal:AdminKeys:0:Sha256", "abc")]
    [InlineData("Portal:RateLimits:SubmitPermits", "0")]
    [InlineData("Portal:CardKey", "too-short")]
    [InlineData("Portal:Corrections:DigestHour", "24")]
    [InlineData("Portal:Corrections:ConfirmMailsPerAddressPerDay", "0")]
    public async Task A_bad_setting_stops_the_start_naming_its_key(string key, string value)
    {
        var (exitCode, output) = await RefusedStartAsync(new() { [key] = value });
        Assert.Equal(2, exitCode);
        Assert.Contains("The API did not start: a setting is wrong.\n", output);
        Assert.Contains($"\n  {key}: ", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task Every_wrong_setting_is_named_at_once()
    {
        var (exitCode, output) = await RefusedStartAsync(new() { ["Portal:Mail:Port"] = "0", ["Portal:Corrections:DigestHour"] = "24" });
        Assert.Equal(2, exitCode);
        Assert.Contains("\n  Portal:Mail:Port: ", output);
        Assert.Contains("\n  Portal:Corrections:DigestHour: ", output);
    }

    [Fact]
    public async Task The_defaults_start()
    {
        await using var api = new TestApi();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.Client().GetAsync("/api/health")).StatusCode);
    }

    private static async Task<(int ExitCode, string Output)> RefusedStartAsync(Dictionary<string, string> wrong)
    {
        var folder = Directory.CreateTempSubdirectory("api-settings-").FullName;
        try
        {
            var settings = new Dictionary<string, string>
            {
                ["Portal:Database"] = Path.Combine(folder, "portal.db"),
                ["Portal:Mail:Pickup"] = Path.Combine(folder, "mail"),
            };
            foreach (var (key, value) in wrong) settings[key] = value;
            var (exitCode, output) = await ApiProcess.RunUntilExitAsync(folder, settings);
            return (exitCode, output.ReplaceLineEndings("\n"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

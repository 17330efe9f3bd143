namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>Settings are checked when the API starts: a typo stops it with the key named, not a 500 on some later request.</summary>
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
        await using var api = new TestApi(new() { [key] = value });
        var error = Assert.ThrowsAny<Exception>(() => api.Client());
        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        Assert.Contains(key, messages);
    }

    [Fact]
    public async Task The_defaults_start()
    {
        await using var api = new TestApi();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.Client().GetAsync("/api/health")).StatusCode);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }
}

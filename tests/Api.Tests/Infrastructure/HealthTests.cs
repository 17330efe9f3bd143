using System.Net;

namespace Enforcement.Api.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_ok_and_unknown_api_paths_answer_problem_details_in_chinese()
    {
        await using var api = new TestApi();
        var client = api.Client();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);

        var missing = await client.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Contains("未找到", await missing.Content.ReadAsStringAsync());
    }
}

using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;
using Enforcement.Search;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Search;

/// <summary>An API whose Portal:Data is a temporary folder holding an index of the given decisions.</summary>
internal sealed class SearchApi : IDisposable
{
    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "search-api-test-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> factory;
    public HttpClient Client { get; }
    /// <summary>For requests that set what a client cannot, such as the connection's remote address.</summary>
    public TestServer Server => factory.Server;

    public SearchApi(IEnumerable<PublicDecision>? decisions, DateOnly? today = null, string? shell = null, SearchWords? words = null)
    {
        Directory.CreateDirectory(DataDir);
        if (decisions is not null)
            SearchIndexBuilder.Build(decisions, Path.Combine(DataDir, SearchIndexBuilder.FolderName),
                new Dictionary<string, string> { ["yc-amr"] = "宜昌市市场监督管理局" }, words);
        if (shell is not null) File.WriteAllText(Path.Combine(DataDir, "shell.html"), shell);
        var now = today ?? new DateOnly(2025, 9, 1);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Portal:Data", DataDir);
            builder.UseSetting("Portal:Database", Path.Combine(DataDir, "portal.db"));
            builder.UseSetting("Portal:Mail:Pickup", Path.Combine(DataDir, "mail"));
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(
                new FixedTime(new DateTimeOffset(now.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8)))));
        });
        Client = factory.CreateClient();
    }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
        if (Directory.Exists(DataDir)) Directory.Delete(DataDir, recursive: true);
    }

    public static PublicDecision Decision(string slug, string title, string text, string number,
        DateOnly? published = null, DateOnly? publicUntil = null, string body = "yc-amr", string category = "食品安全",
        string party = "宜昌市某某有限公司", PartyKind partyKind = PartyKind.Organization)
    {
        var pub = published ?? new DateOnly(2025, 3, 1);
        return new PublicDecision(number, title, pub.Year, slug, body, partyKind, party, null, null,
            pub.AddDays(-3), pub, category, "违法行为", "《中华人民共和国食品安全法》", [new Penalty("罚款", 5000m)],
            DecisionStatus.InForce, null, PublicityState.Public, publicUntil ?? pub.AddYears(3), text);
    }

    public static readonly PublicDecision[] Sample =
    [
        Decision("amr-12", "宜昌市鑫隆超市有限公司销售过期食品案", "当事人在其超市销售超过保质期的酸奶，存在食品安全風險。", "宜市监处罚〔2025〕12号"),
        Decision("amr-13", "宜昌市百佳惠超市未履行进货查验义务案", "当事人未查验供货者许可证。<script>alert(1)</script>", "宜市监处罚〔2025〕13号"),
        Decision("eco-3", "宜昌市华昌化工有限公司超标排放水污染物案", "化学需氧量超标。", "宜环罚〔2025〕3号",
            body: "yc-eco", category: "水污染防治", publicUntil: new DateOnly(2025, 6, 1)),
    ];
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}

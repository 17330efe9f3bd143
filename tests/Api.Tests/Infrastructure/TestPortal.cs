using Enforcement.Content;
using Enforcement.Registry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>A throw-away portal for one test: data folder with a registry, database, pickup folder, optional site.</summary>
public sealed class TestPortal : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("portal-test-").FullName;
    public string Data => Path.Combine(Root, "data");
    public string Site => Path.Combine(Root, "site");
    public string Pickup => Path.Combine(Root, "mail");
    public string DatabaseFile => Path.Combine(Root, "portal.db");

    public TestPortal(PortalRegistry? registry = null)
    {
        Directory.CreateDirectory(Data);
        (registry ?? SampleRegistry()).Save(Data);
    }

    public static PortalRegistry SampleRegistry() => new(
        Title: "测试执法公示平台",
        BaseUrl: "https://zfgs.example.gov.cn",
        BuiltFor: new DateOnly(2026, 11, 23),
        Retention: new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
        Supervision: new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"),
        Bodies: [new RegistryBody("yichun-amr", "宜春市市场监督管理局", "0795-3210000", "fzk@example.gov.cn")],
        Officers: [new RegistryOfficer("36090012345", "李明", "yichun-amr", "执法稽查局", "科员", ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, null)],
        Decisions: [new RegistryDecision("宜市监处罚〔2025〕12号", "宜春市某某食品有限公司销售超过保质期食品案", "/decisions/2025/food-12/", "yichun-amr",
            new DateOnly(2025, 3, 8), new DateOnly(2030, 3, 8), false)]);

    public WebApplicationFactory<Program> Factory(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Portal:Data", Data);
            web.UseSetting("Portal:Database", DatabaseFile);
            web.UseSetting("Portal:Mail:Pickup", Pickup);
            web.UseSetting("Portal:CardKey", Convert.ToBase64String(new byte[32]));
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

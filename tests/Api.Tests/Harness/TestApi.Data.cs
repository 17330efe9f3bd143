using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Cards;
using Enforcement.Content;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Harness;

/// <summary>What every test API is built with: one registry (three bodies, five officers, four decisions, one of them withdrawn), keys, the frame.</summary>
public sealed partial class TestApi
{
    public const string Decision = "宜市监处罚〔2025〕12号";
    public const string DecisionTitle = "宜春市某某食品有限公司销售超过保质期食品案";
    public const string OtherBodyDecision = "袁市监处罚〔2025〕3号";
    /// <summary>Revoked on 2026-02-10: in the registry (its notice page is published), not in the index.</summary>
    public const string WithdrawnDecision = "宜市监处罚〔2024〕7号";
    public const string Certificate = "36090012345";
    public const string Notify = "fzk@example.gov.cn";
    public const string OtherNotify = "yzfzk@example.gov.cn";
    public const string SupervisionEmail = "jdk@example.gov.cn";
    public const string Requester = "zhangsan@example.com";

    /// <summary>Staff keys: two for the supervision office ("*"), two for 宜春市市场监督管理局, one for 袁州.</summary>
    public const string KeyAll = "key-for-the-supervision-office";
    public const string SupervisionKey = "test-supervision-key";
    public const string KeyBody = "key-for-yichun-amr";
    public const string YichunKey = "test-yichun-key";
    public const string KeyOtherBody = "key-for-yuanzhou-amr";

    public const string ShellMarker = "<!--test shell-->";

    /// <summary>The site's frame as the build writes it, with a marker the tests look for.</summary>
    public const string Shell = """
        <!DOCTYPE html>
        <html lang="zh-CN"><head><meta charset="utf-8"><title>{{title}} - 执法公示平台</title><link rel="stylesheet" href="/assets/site.css"></head>
        <body><!--test shell--><header><a href="/">执法公示平台</a></header><main id="main"><h1>{{title}}</h1>
        <!--content-->
        </main></body></html>
        """;

    public static readonly byte[] CardKey = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    public static readonly SupervisionOffice Office = new("市局执法监督科", SupervisionEmail, "0795-1234567");

    public static readonly RegistryOfficer Active = new(Certificate, "李明", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, new DateOnly(2028, 12, 31));
    public static readonly RegistryOfficer Suspended = new("36090000002", "王芳", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Suspended, null);
    public static readonly RegistryOfficer Revoked = new("36090000003", "赵强", "yichun-amr", "执法稽查局", "科员",
        ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Revoked, null);
    public static readonly RegistryOfficer Expired = new("36090000004", "陈静", "yichun-amr", "食品安全科", "副科长",
        ["食品安全"], "宜春市", OfficerStatus.Active, new DateOnly(2025, 12, 31));
    public static readonly RegistryOfficer OtherBody = new("36090000005", "刘洋", "yuanzhou-amr", "城区所", "",
        ["市场监管综合执法", "价格监督检查"], "宜春市袁州区城区", OfficerStatus.Active, null);

    /// <summary>The body names a test search index is built with (its decisions are from 宜昌, not in the registry).</summary>
    public static readonly Dictionary<string, string> SearchIndexBodyNames = new() { ["yc-amr"] = "宜昌市市场监督管理局" };

    public static void WriteRegistry(string folder, IReadOnlyList<RegistryOfficer>? officers = null, string baseUrl = "https://zfgs.example.gov.cn") =>
        new PortalRegistry("宜春市市场监督管理局行政执法公示平台", baseUrl, new DateOnly(2026, 3, 1),
            new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
            Office,
            [
                new RegistryBody("yichun-amr", "宜春市市场监督管理局", "0795-3210000", Notify),
                new RegistryBody("yuanzhou-amr", "宜春市袁州区市场监督管理局", "0795-3220000", OtherNotify),
                new RegistryBody("no-notify", "宜春市某执法大队", "0795-3230000", null),
            ],
            officers ?? [Active, Suspended, Revoked, Expired, OtherBody],
            [
                new RegistryDecision(Decision, DecisionTitle, "/decisions/2025/yichun-food-12/", "yichun-amr",
                    new DateOnly(2025, 3, 8), new DateOnly(2030, 3, 8), false),
                new RegistryDecision(OtherBodyDecision, "宜春市某某超市销售不合格食品案", "/decisions/2025/yuanzhou-3/", "yuanzhou-amr",
                    new DateOnly(2025, 4, 1), new DateOnly(2030, 4, 1), false),
                new RegistryDecision("宜市监处罚〔2025〕20号", "某执法大队的决定", "/decisions/2025/dadui-20/", "no-notify",
                    new DateOnly(2025, 5, 1), new DateOnly(2030, 5, 1), false),
                new RegistryDecision(WithdrawnDecision, "宜春市某某商行销售不合格商品案", "/decisions/2024/yichun-7/", "yichun-amr",
                    new DateOnly(2024, 6, 3), new DateOnly(2026, 2, 10), true),
            ]).Save(folder);

    private static IEnumerable<KeyValuePair<string, string?>> StaffKeySettings()
    {
        (string Name, string Key, string Body)[] keys =
        [
            ("监督科", KeyAll, "*"),
            ("法制科 李四", KeyBody, "yichun-amr"),
            ("袁州分局", KeyOtherBody, "yuanzhou-amr"),
            ("监督科张三", SupervisionKey, "*"),
            ("市局法制科", YichunKey, "yichun-amr"),
        ];
        for (var i = 0; i < keys.Length; i++)
        {
            yield return new($"Portal:AdminKeys:{i}:Name", keys[i].Name);
            yield return new($"Portal:AdminKeys:{i}:Sha256", StaffKeys.HashOf(keys[i].Key));
            yield return new($"Portal:AdminKeys:{i}:Body", keys[i].Body);
        }
    }

    /// <summary>Cards printed before each test, in this order: serial n is the n-th officer's card.</summary>
    public static readonly RegistryOfficer[] Carded = [Active, Suspended, Revoked, Expired, OtherBody];

    public static long SerialOf(string certificate) => Array.FindIndex(Carded, o => o.Certificate == certificate) + 1;

    /// <summary>The token of the officer's printed card (as its QR link carries it).</summary>
    public static string TokenFor(string certificate) => CardToken.For(certificate, SerialOf(certificate), CardKey);
}

using System.Text;
using BenchmarkDotNet.Attributes;
using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Benchmarks.Redaction;

/// <summary>
/// Redaction and leak-gate throughput on generated decisions of realistic length (~2.5 KB of Markdown each,
/// with names, IDs, phones, cards, e-mails and addresses planted). The build handles 100,000 decisions:
/// multiply the per-operation time by 100,000 / <see cref="Decisions"/>.
///   dotnet run --project bench -c Release -- --filter '*RedactionBenchmark*'
/// Measured here (2 cores, --job short): redacting 1,000 decisions ~30 ms (100,000: ~3 s on one thread),
/// scanning 1,000 pages ~15 ms (100,000: ~1.5 s), building the scanner for 100,000 decisions ~1.5 s.
/// </summary>
[MemoryDiagnoser]
public class RedactionBenchmark
{
    [Params(1000)]
    public int Decisions { get; set; }

    private SiteSettings site = null!;
    private List<Decision> decisions = null!;
    private List<PublishedText> pages = null!;
    private PublicData publicData = null!;
    private LeakScanner scanner = null!;
    private static readonly DateOnly Today = new(2025, 6, 1);

    [GlobalSetup]
    public void Setup()
    {
        site = new SiteSettings("公示平台", "https://zfgs.example.gov.cn", "/api",
            new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)), true,
            new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", "0795-1234567"));
        var rng = new Random(1);
        // Scale the secrets to the build's size: the leak scanner holds every decision's secrets, so its
        // automaton is built from 100,000 decisions even when only 1,000 pages are scanned here.
        decisions = Enumerable.Range(0, 100_000).Select(i => Generate(rng, i)).ToList();
        publicData = PublicData.FromSite(site);
        foreach (var d in decisions) publicData.AddDecision(d);
        scanner = new LeakScanner(decisions, site, publicData);
        pages = decisions.Take(Decisions).Select(d => Redactor.Redact(d, site, Today, publicData).Decision)
            .Select(pd => new PublishedText($"site/decisions/{pd.Year}/{pd.Slug}/index.html",
                $"<html><head><title>{pd.Title}</title></head><body><h1>{pd.Title}</h1><p>{pd.PartyName}</p><article><p>{pd.Text.Replace("\n\n", "</p><p>")}</p></article></body></html>"))
            .ToList();
    }

    [Benchmark(Description = "Redact decisions")]
    public int Redact()
    {
        var n = 0;
        foreach (var d in decisions.Take(Decisions)) n += Redactor.Redact(d, site, Today, publicData).Decision.Text.Length;
        return n;
    }

    [Benchmark(Description = "Leak-scan pages (one thread)")]
    public int Scan()
    {
        var n = 0;
        foreach (var p in pages) n += scanner.Scan(p).Count;
        return n;
    }

    [Benchmark(Description = "Build the leak scanner for 100,000 decisions")]
    public LeakScanner BuildScanner() => new(decisions, site, publicData);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "欧阳", "司马"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "建国", "小红", "秀英"];

    private static Decision Generate(Random rng, int i)
    {
        string Name() => Surnames[rng.Next(Surnames.Length)] + Given[rng.Next(Given.Length)] + (rng.Next(2) == 0 ? Given[rng.Next(Given.Length)] : "");
        string Digits(int n) => string.Concat(Enumerable.Range(0, n).Select(_ => rng.Next(10)));
        var natural = rng.Next(2) == 0;
        var name = natural ? Name() : $"宜春市鑫源{i}贸易有限公司";
        var first17 = "360902" + new DateOnly(1950, 1, 1).AddDays(rng.Next(20000)).ToString("yyyyMMdd") + Digits(3);
        var id = first17 + IdNumbers.CheckChar(first17);
        var card = "6222" + Digits(14);
        card += BankCards.LuhnCheckDigit(card);
        var witness = Name();
        var text = new StringBuilder();
        text.Append($"# 行政处罚决定书\n\n宜市监处罚〔2025〕{i}号\n\n当事人：{name}，身份证号码：{id[..6]} {id[6..14]} {id[14..]}，住宜春市袁州区秀江路{i % 300}号。\n\n");
        text.Append($"联系电话：1{rng.Next(3, 10)}{Digits(1)} {Digits(4)} {Digits(4)}，邮箱 user{i}@qq.com。证人{witness}证实当事人通过银行账号 {card} 收取货款。\n\n");
        for (var p = 0; p < 6; p++)
            text.Append($"经查，当事人于 2025-0{rng.Next(1, 10)}-1{rng.Next(10)} 在其经营场所销售超过保质期的食品，货值金额 {rng.Next(100, 99999)} 元，违法所得 {rng.Next(10, 9999)} 元。" +
                "以上事实有现场检查笔录、询问笔录、产品标签照片等证据证实。当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。\n\n");
        text.Append("依据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项，决定罚款 5000 元。\n");
        return new Decision($"decisions/2025/case-{i}.md", 2025, $"case-{i}", $"宜市监处罚〔2025〕{i}号", $"{name}销售超过保质期食品案", "yichun-amr",
            new Party(natural ? PartyKind.NaturalPerson : PartyKind.Organization, name, natural ? id : null, natural ? null : Name()),
            new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 8), "食品安全", "销售超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条",
            [new Penalty("罚款", 5000m)], DecisionStatus.InForce, null, null, [$"宜春市袁州区秀江路{i % 300}号", witness], text.ToString());
    }
}

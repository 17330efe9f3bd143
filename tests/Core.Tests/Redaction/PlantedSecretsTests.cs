using System.Text;
using System.Text.Json;
using Enforcement.Content;
using Enforcement.Redaction;
using Markdig;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// 2,000 generated decisions with personal data planted in every field and format: after redaction and
/// rendering the gate finds nothing; on the raw decisions it finds every planted kind in the right file.
/// </summary>
public class PlantedSecretsTests
{
    private const int Count = 2000;
    private static readonly DateOnly Today = new(2025, 6, 1);

    private sealed record Planted(Decision Decision, HashSet<string> Kinds);

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "欧阳", "司马", "诸葛", "上官"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建国", "小红"];
    private static readonly string[] Roads = ["秀江路", "宜阳大道", "中山路", "袁山大道", "明月北路"];

    [Fact]
    public void Redacted_pages_have_no_leaks_and_raw_pages_show_every_planted_secret()
    {
        var rng = new Random(20250601);
        var site = Samples.Site();
        var planted = Enumerable.Range(0, Count).Select(i => Plant(rng, i)).ToList();
        var decisions = planted.Select(p => p.Decision).ToList();
        var content = new PortalContent(site, [Body()], [], [], decisions, []);

        var publicData = PublicData.From(content);
        var redacted = decisions.Select(d => Redactor.Redact(d, site, Today, publicData).Decision).ToList();
        var leaks = LeakGate.Scan(Outputs(redacted), content);
        Assert.True(leaks.Count == 0, "leaks after redaction:\n" + string.Join("\n", leaks.Take(20)));

        var raw = decisions.Select(Unredacted).ToList();
        var found = LeakGate.Scan(Outputs(raw), content).Where(l => l.Path.EndsWith("/index.html", StringComparison.Ordinal))
            .ToLookup(l => l.Path, l => l.Kind);
        var missing = planted
            .SelectMany(p => p.Kinds.Except(found[PagePath(p.Decision.Year, p.Decision.Slug)]).Select(k => $"{p.Decision.SourcePath}: {k}"))
            .ToList();
        Assert.True(missing.Count == 0, "planted but not found:\n" + string.Join("\n", missing.Take(20)));
    }

    private static string PagePath(int year, string slug) => $"site/decisions/{year}/{slug}/index.html";

    /// <summary>Pages, a list, a JSON data file and the search index text, roughly as the build makes them.</summary>
    private static IEnumerable<PublishedText> Outputs(IReadOnlyList<PublicDecision> decisions)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        foreach (var d in decisions)
        {
            var html = $"""
                <!DOCTYPE html><html><head><title>{d.Title}</title><meta name="description" content="{d.Title}"></head><body>
                <h1>{d.Title}</h1><dl><dt>文书号</dt><dd>{d.Number}</dd><dt>当事人</dt><dd>{d.PartyName}</dd>
                <dt>代码</dt><dd>{d.PartyCode}</dd><dt>负责人</dt><dd>{d.Representative}</dd><dt>违法行为</dt><dd>{d.Violation}</dd>
                <dt>依据</dt><dd>{d.Basis}</dd><dt>处罚</dt><dd>{string.Join("；", d.Penalties.Select(p => $"{p.Kind} {p.Amount} 元"))}</dd></dl>
                <article>{Markdown.ToHtml(d.Text, pipeline)}</article>
                <p><a href="/corrections/?decision={Uri.EscapeDataString(d.Number)}">申请更正</a> 监督电话 0795-1234567</p></body></html>
                """;
            yield return new PublishedText(PagePath(d.Year, d.Slug), html);
            yield return new PublishedText($"search index: {d.Number}", string.Join("\n", d.Number, d.Title, d.PartyName, d.PartyCode, d.Category, d.Violation, d.Basis, d.Text));
        }
        foreach (var page in decisions.Chunk(50).Select((chunk, i) => (chunk, i)))
            yield return new PublishedText($"site/decisions/page/{page.i + 1}/index.html",
                "<ul>" + string.Concat(page.chunk.Select(d => $"<li><a href=\"{d.Url}\">{d.Title}</a> {d.PartyName} {d.Published:yyyy-MM-dd} {d.TotalAmount}</li>\n")) + "</ul>");
        yield return new PublishedText("data/registry.json", JsonSerializer.Serialize(decisions.Select(d => new { d.Number, d.Title, d.PartyName, d.Url })));
    }

    private static PublicDecision Unredacted(Decision d) => new(d.Number, d.Title, d.Year, d.Slug, d.BodySlug, d.Party.Kind, d.Party.Name,
        d.Party.Code, d.Party.Representative, d.Decided, d.Published, d.Category, d.Violation, d.Basis, d.Penalties, d.Status, d.Withdrawn,
        Enforcement.Publicity.PublicityState.Public, d.Published.AddYears(5), d.Text);

    private static Planted Plant(Random rng, int i)
    {
        var kinds = new HashSet<string>();
        string Person() => Pick(rng, Surnames) + Pick(rng, Given);
        var kind = rng.Next(20) switch { < 10 => PartyKind.NaturalPerson, < 17 => PartyKind.Organization, _ => PartyKind.IndividualBusiness };
        var name = Person();
        var representative = Person();
        var witness = Person() + Pick(rng, Given);
        var road = $"{Pick(rng, Roads)}{rng.Next(1, 300)}号";
        Party party;
        string title;
        if (kind == PartyKind.NaturalPerson)
        {
            party = new Party(kind, name, Id18(rng), null);
            title = $"{name}销售超过保质期食品案";
            kinds.UnionWith([MaskKinds.PartyName, MaskKinds.PartyCode, MaskKinds.IdNumber]);
        }
        else
        {
            var inName = kind == PartyKind.IndividualBusiness && rng.Next(2) == 0;
            var partyName = kind == PartyKind.Organization ? $"宜春市{Pick(rng, ["鑫源", "华丰", "恒达", "瑞祥"])}{i}贸易有限公司" : $"袁州区{(inName ? representative : "好味道")}{i}号副食店";
            party = new Party(kind, partyName, CreditCode(rng, kind == PartyKind.Organization ? "91" : "92"), representative);
            title = $"{partyName}销售超过保质期食品案";
            if (!inName) kinds.Add(MaskKinds.OtherPersonName);
        }
        kinds.UnionWith([MaskKinds.Mobile, MaskKinds.Landline, MaskKinds.Email, MaskKinds.BankCard, MaskKinds.Listed]);

        var mobile = "1" + rng.Next(3, 10) + Digits(rng, 9);
        var landline = "0795" + rng.Next(2, 10) + Digits(rng, 6);
        var card = Card(rng);
        var id = Id18(rng);
        var text = new StringBuilder();
        text.AppendLine($"# 行政处罚决定书\n\n宜市监处罚〔{2025}〕{i}号\n");
        text.AppendLine(kind == PartyKind.NaturalPerson
            ? $"当事人：{Spaced(rng, name)}，身份证号码：{Typed(rng, party.Code!, MaskKinds.IdNumber)}，住{Typed(rng, "宜春市袁州区" + road, "")}。"
            : $"当事人：{party.Name}，统一社会信用代码：{party.Code}，负责人：{Spaced(rng, representative)}。");
        text.AppendLine($"\n联系电话：{Typed(rng, mobile, MaskKinds.Mobile)}；固定电话：{Typed(rng, landline, MaskKinds.Landline)}；电子邮箱：{Pick(rng, ["zhang", "li_si", "wang.wu"])}{i}@{Pick(rng, ["qq.com", "163.com", "example.cn"])}。");
        text.AppendLine($"\n证人{witness}（身份证号{Typed(rng, id, MaskKinds.IdNumber)}）证实：当事人通过银行账号 **{Typed(rng, card, MaskKinds.BankCard)}** 收取货款。");
        text.AppendLine($"\n经查，当事人于 2025-0{rng.Next(1, 10)}-1{rng.Next(0, 10)} 销售超过保质期的食品，货值金额 {rng.Next(100, 99999)} 元，违法所得 {rng.Next(10, 9999)}.{rng.Next(10, 99)} 元。");
        text.AppendLine("\n| 日期 | 金额（元） | 数量 |\n| --- | --- | --- |");
        text.AppendLine($"| 2025-03-0{rng.Next(1, 10)} | {rng.Next(1000, 99999)} | {rng.Next(1, 9999)} |\n| 2025-04-1{rng.Next(0, 10)} | {rng.Next(1000, 99999)} | {rng.Next(1, 9999)} |");
        text.AppendLine($"\n依据《中华人民共和国食品安全法》第一百二十四条第一款第(五)项、第{rng.Next(1, 200)}条，决定罚款 {rng.Next(1, 20) * 5000} 元。");
        if (kind != PartyKind.NaturalPerson) kinds.Add(MaskKinds.IdNumber); // the witness's ID

        var slug = $"case-{i}";
        var d = Samples.Organisation(text.ToString(), slug) with
        {
            Number = $"宜市监处罚〔2025〕{i}号",
            Title = title,
            Party = party,
            Redact = kind == PartyKind.NaturalPerson ? ["宜春市袁州区" + road, witness] : [witness],
        };
        if (kind != PartyKind.NaturalPerson)
            d = d with { Text = d.Text + $"\n\n当事人员工家住宜春市袁州区{road}。", Redact = [.. d.Redact, "宜春市袁州区" + road] };
        return new Planted(d, kinds);
    }

    private static string Typed(Random rng, string value, string kind)
    {
        if (kind == "") return rng.Next(3) switch { 0 => value, 1 => NumberGenerators.FullWidth(value), _ => string.Join(" ", value.Chunk(3).Select(c => new string(c))) };
        return rng.Next(6) switch
        {
            0 => value,
            1 => NumberGenerators.Group(value, kind, " "),
            2 => NumberGenerators.Group(value, kind, "-"),
            3 => NumberGenerators.FullWidth(value),
            4 => value[..5] + "\n" + value[5..],
            _ => NumberGenerators.FullWidth(NumberGenerators.Group(value, kind, " ")),
        };
    }

    private static string Spaced(Random rng, string name) => rng.Next(3) == 0 ? string.Join(" ", name.ToCharArray()) : name;

    private static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    private static string Digits(Random rng, int n) => string.Concat(Enumerable.Range(0, n).Select(_ => rng.Next(10)));

    private static string Id18(Random rng)
    {
        var first17 = Pick(rng, ["360902", "360981", "110105", "440305"]) + new DateOnly(1940, 1, 1).AddDays(rng.Next(25000)).ToString("yyyyMMdd") + Digits(rng, 3);
        return first17 + IdNumbers.CheckChar(first17);
    }

    private static string Card(Random rng)
    {
        var payload = "6222" + Digits(rng, rng.Next(2) == 0 ? 11 : 14);
        return payload + BankCards.LuhnCheckDigit(payload);
    }

    private static string CreditCode(Random rng, string head)
    {
        var first17 = head + "360902" + string.Concat(Enumerable.Range(0, 9).Select(_ => "0123456789ABCDEFGHJKLMNPQRTUWXY"[rng.Next(31)]));
        return first17 + CreditCodes.CheckChar(first17);
    }

    private static Body Body() => new("yichun-amr", "宜春市市场监督管理局", "行政机关", "11360900MB1766311A", "宜春市袁州区宜阳大道 1 号", "0795-3210000",
        "工作日 8:30-12:00", ["负责市场综合监督管理"], [], [], new Remedies("宜春市人民政府", "袁州区人民法院"), [], null);
}

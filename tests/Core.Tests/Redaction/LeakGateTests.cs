using Enforcement.Content;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

public class LeakGateTests
{
    private static readonly Decision Person = Samples.Person("王小明", code: "360902199001011233", slug: "person-1") with
    {
        Redact = ["宜春市袁州区秀江路 88 号"],
    };

    private static readonly Decision ShortName = Samples.Person("王五", code: null, slug: "person-2");

    private static readonly IReadOnlyList<Decision> Decisions = [Person, ShortName, Samples.Organisation()];

    private static IReadOnlyList<Leak> Scan(string path, string text) =>
        LeakGate.Scan([new PublishedText(path, text)], Decisions, Samples.Site());

    [Theory]
    [InlineData("<p>身份证号 11010519491231002X</p>", MaskKinds.IdNumber)]
    [InlineData("<p>手机：138 0013 8000</p>", MaskKinds.Mobile)]
    [InlineData("<p>电话：(0795)3219999</p>", MaskKinds.Landline)]
    [InlineData("<p>邮箱：someone@qq.com</p>", MaskKinds.Email)]
    [InlineData("<p>账号：6222-0212-3456-7890-128</p>", MaskKinds.BankCard)]
    [InlineData("<p>当事人：王小明</p>", MaskKinds.PartyName)]
    [InlineData("<p>证件：360902 19900101 1233</p>", MaskKinds.PartyCode)]
    [InlineData("<p>证人刘某，女，住宜春市袁州区湖田村5组</p>", MaskKinds.Address)]
    // A typo'd ID that passes as a credit code, broken over a line as a browser would join it with a space.
    [InlineData("<p>委托代理人身份证号码：3609021981\n09063136</p>", MaskKinds.IdNumber)]
    public void Finds_each_kind_and_names_the_file_but_not_the_secret(string html, string kind)
    {
        var leak = Assert.Single(Scan("site/officers/index.html", html), l => l.Kind == kind);
        Assert.Equal("site/officers/index.html", leak.Path);
        var message = leak.ToString();
        Assert.Contains("site/officers/index.html", message);
        Assert.Contains(kind, message);
        foreach (var secret in new[] { "王小明", "小明", "13800138000", "0013", "someone", "6222", "秀江路", "1233", "2X" })
            Assert.DoesNotContain(secret, message);
    }

    [Fact]
    public void A_redact_entry_is_looked_for_in_its_own_decisions_outputs_only()
    {
        // The same street may be a company's public registered address in another decision.
        var own = Assert.Single(Scan("site/decisions/2025/person-1/index.html", "<p>店开在宜春市袁州区秀江路８８号</p>"));
        Assert.Equal(MaskKinds.Listed, own.Kind);
        Assert.Equal("decisions/2025/person-1.md", own.Source);
        Assert.DoesNotContain("秀江路", own.ToString());
        Assert.Empty(Scan("site/decisions/2025/food-12/index.html", "<p>住所：宜春市袁州区秀江路88号</p>"));
    }

    [Theory]
    [InlineData("<p>在其位于【已隐去】的住所销售。</p>")]
    [InlineData("<p>证人李某某，【住址已隐去】村民。</p>")]
    public void A_home_already_masked_passes(string html) => Assert.Empty(Scan("site/decisions/2025/food-12/index.html", html));

    [Fact]
    public void A_home_before_the_word_for_it_is_caught() =>
        Assert.Equal(MaskKinds.Address, Assert.Single(Scan("site/decisions/2025/food-12/index.html", "<p>在其位于宜春市袁州区湖田村5组12号的自建房内存放。</p>")).Kind);

    [Fact]
    public void A_secret_hit_says_which_decisions_secret_it_is()
    {
        var leak = Assert.Single(Scan("site/index.html", "<li>王小明</li>"));
        Assert.Equal("decisions/2025/person-1.md", leak.Source);
    }

    [Fact]
    public void Clean_output_passes()
    {
        Assert.Empty(Scan("site/decisions/2025/person-1/index.html", """
            <h1>王某某销售超过保质期食品案</h1><p>宜市监处罚〔2025〕12号，罚款 50000 元，2025-03-08 公示。</p>
            <p>统一社会信用代码 91360902MA35L7XXXX；依据第一百二十四条。监督电话 0795-1234567，jdk@example.gov.cn</p>
            <table><tr><td>2025-03-08</td><td>50000</td><td>1200</td><td>4111</td><td>1111</td></tr></table>
            <svg><path d="M0 0h1234 5678 9012 3456v7890 1234 5678 9012"/></svg>
            """));
    }

    [Fact]
    public void Numbers_split_by_markup_entities_or_escapes_are_found()
    {
        Assert.Contains(Scan("a.html", "手机138<em>0013</em>8000"), l => l.Kind == MaskKinds.Mobile);
        Assert.Contains(Scan("a.html", "手机&#49;&#51;&#56;00138000"), l => l.Kind == MaskKinds.Mobile);
        Assert.Contains(Scan("a.html", "手机138&nbsp;0013&nbsp;8000"), l => l.Kind == MaskKinds.Mobile);
        Assert.Contains(Scan("a.json", """{"text":"手机\u0031\u0033\u00380013 8000"}"""), l => l.Kind == MaskKinds.Mobile);
        Assert.Contains(Scan("a.html", "身份证号<br>\n11010519491231002X"), l => l.Kind == MaskKinds.IdNumber);
    }

    [Fact]
    public void A_long_digit_run_broken_over_a_line_is_one_run_as_a_browser_shows_it()
    {
        // No checksum, no label: only the gate's own broad shape sees it, on one line or broken over two.
        Assert.Contains(Scan("a.html", "<p>备注 482913 740265 19837</p>"), l => l.Kind == GateShapes.LongNumber);
        Assert.Contains(Scan("a.html", "<p>备注 4829137402\n6519837</p>"), l => l.Kind == GateShapes.LongNumber);
        Assert.Empty(Scan("a.html", "<p>备注 4829137402</p>\n\n<p>6519837</p>"));
    }

    [Fact]
    public void Names_hidden_in_entities_json_escapes_attributes_or_feeds_are_found()
    {
        Assert.Contains(Scan("a.html", "<p>&#x738B;&#x5C0F;&#x660E;</p>"), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("data/search.json", """{"party":"\u738b\u5c0f\u660e"}"""), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("a.html", """<meta name="description" content="王小明销售过期食品案">"""), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("a.html", """<a href="/x/" title="王小明">x</a>"""), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("a.html", """<a href="mailto:someone@qq.com">联系</a>"""), l => l.Kind == MaskKinds.Email);
        Assert.Contains(Scan("feed.xml", "<entry><content type=\"html\">&lt;p&gt;王&lt;em&gt;小明&lt;/em&gt;&lt;/p&gt;</content></entry>"), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("a.html", "<p>王 小 明</p>"), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan("a.html", "<!-- 王小明 -->"), l => l.Kind == MaskKinds.PartyName);
    }

    [Fact]
    public void A_two_character_name_is_searched_only_in_its_own_decisions_outputs()
    {
        // 王五 is also the start of 王五金店: searching it everywhere would fail builds on innocent text.
        Assert.Empty(Scan("site/decisions/2025/other/index.html", "<p>王五金店</p>"));
        Assert.Contains(Scan("site/decisions/2025/person-2/index.html", "<p>当事人王五</p>"), l => l.Kind == MaskKinds.PartyName);
        Assert.Contains(Scan($"search index: {ShortName.Number}", "当事人王五"), l => l.Kind == MaskKinds.PartyName);
    }

    [Fact]
    public void A_name_shared_with_an_officer_is_not_a_leak_on_the_officers_page()
    {
        var content = Content(officers: [new Officer("王小明", "36090012345", "yichun-amr", "执法稽查局", "科员", ["市场监管综合执法"], "宜春市袁州区", OfficerStatus.Active, null)]);
        Assert.Empty(LeakGate.Scan([new PublishedText("site/officers/36090012345/index.html", "<h1>王小明</h1><p>执法证号 36090012345</p>")], content));
        Assert.Contains(LeakGate.Scan([new PublishedText("site/decisions/2025/person-1/index.html", "<p>当事人王小明</p>")], content), l => l.Kind == MaskKinds.PartyName);
    }

    [Fact]
    public void Bodies_phones_are_public_with_the_content_and_reported_without_it()
    {
        var page = new PublishedText("site/bodies/yichun-amr/index.html", "<p>电话 0795-3210000，监督电话 0795-1234567</p>");
        Assert.Empty(LeakGate.Scan([page], Content()));
        Assert.Contains(LeakGate.Scan([page], Decisions, Samples.Site()), l => l.Kind == MaskKinds.Landline);
    }

    [Fact]
    public void An_organisations_code_is_public_even_where_it_could_pass_for_an_id_number()
    {
        var code = Samples.CodeThatIsAlsoAnId();
        var org = Samples.Organisation(slug: "org-2") with { Party = new Party(PartyKind.Organization, "某某公司", code, null) };
        var page = new PublishedText("site/decisions/2025/org-2/index.html", $"<dd>{code}</dd>");
        Assert.Empty(LeakGate.Scan([page], [org], Samples.Site()));
        Assert.Contains(LeakGate.Scan([page], Decisions, Samples.Site()), l => l.Kind == MaskKinds.IdNumber);
    }

    [Fact]
    public void A_bodys_internal_notify_address_is_a_leak()
    {
        var leaks = LeakGate.Scan([new PublishedText("site/bodies/yichun-amr/index.html", "<p>fzk@example.gov.cn</p>")], Content());
        Assert.Contains(leaks, l => l.Kind == MaskKinds.InternalEmail && l.Source == "bodies/yichun-amr.yml");
    }

    [Fact]
    public void Reports_are_sorted_and_each_file_and_kind_once()
    {
        var leaks = LeakGate.Scan(
            [new PublishedText("b.html", "13800138000 13900139000"), new PublishedText("a.html", "王小明 王小明 13800138000")],
            Decisions, Samples.Site());
        Assert.Equal(["a.html", "a.html", "b.html"], leaks.Select(l => l.Path));
        Assert.Equal([MaskKinds.PartyName, MaskKinds.Mobile, MaskKinds.Mobile], leaks.Select(l => l.Kind)); // ordinal: 当 before 手
    }

    private static PortalContent Content(IReadOnlyList<Officer>? officers = null)
    {
        var body = new Body("yichun-amr", "宜春市市场监督管理局", "行政机关", "11360900MB1766311A", "宜春市袁州区宜阳大道 1 号", "0795-3210000",
            "工作日 8:30-12:00", ["负责市场综合监督管理"], [], [], new Remedies("宜春市人民政府", "袁州区人民法院"), [], "fzk@example.gov.cn");
        return new PortalContent(Samples.Site(), [body], officers ?? [], [], Decisions, []);
    }
}

using Enforcement.Content;
using Enforcement.Publicity;
using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

public class RedactorTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static RedactionResult Redact(Decision d, SiteSettings? site = null) => Redactor.Redact(d, site ?? Samples.Site(), Today);

    [Fact]
    public void A_natural_persons_name_becomes_surname_and_mousmou_everywhere()
    {
        var d = Samples.Person("王小明", text: "当事人王小明于2025年1月……王 小 明辩称……**王**小明") with { Violation = "王小明销售过期食品" };
        var r = Redact(d);
        Assert.Equal("王某某", r.Decision.PartyName);
        Assert.Equal("王某某销售超过保质期食品案", r.Decision.Title);
        Assert.Equal("王某某销售过期食品", r.Decision.Violation);
        Assert.DoesNotContain("小明", r.Decision.Text);
        Assert.Equal(3, r.Decision.Text.Split("王某某").Length - 1);
        Assert.Equal(6, r.MaskedByKind[MaskKinds.PartyName]); // field, title, violation, three in the text
    }

    [Theory]
    [InlineData("欧阳小明", "欧阳某某")]
    [InlineData("司马光", "司马某某")]
    [InlineData("诸葛亮", "诸葛某某")]
    [InlineData("上官婉儿", "上官某某")]
    [InlineData("令狐冲", "令狐某某")]
    [InlineData("王五", "王某某")]
    [InlineData("欧阳", "欧某某")]        // two characters: a single surname and a given name
    [InlineData("王  五", "王某某")]      // spaced out to align in a form
    [InlineData("王某某", "王某某")]      // already masked by staff
    public void Surnames_including_compound_ones(string name, string masked)
    {
        Assert.Equal(masked, PartyNames.Masked(name));
        Assert.Equal(masked, Redact(Samples.Person(name)).Decision.PartyName);
    }

    [Fact]
    public void Names_stay_when_the_site_turns_masking_off_but_the_id_number_never_shows()
    {
        var d = Samples.Person("王小明", text: "当事人王小明，身份证号360902199001011233。");
        var pd = Redact(d, Samples.Site(maskPartyNames: false)).Decision;
        Assert.Equal("王小明", pd.PartyName);
        Assert.Contains("当事人王小明", pd.Text);
        Assert.DoesNotContain("360902199001011233", pd.Text);
        Assert.Null(pd.PartyCode);
    }

    [Fact]
    public void An_organisations_name_and_code_stay_and_its_representative_is_masked()
    {
        var d = Samples.Organisation("法定代表人：李建国，统一社会信用代码91360902MA35L7XXXX。") with
        {
            Party = new Party(PartyKind.Organization, "宜春市某某食品有限公司", "91360902MA35L7XXXX", "李建国"),
        };
        var r = Redact(d);
        Assert.Equal("宜春市某某食品有限公司", r.Decision.PartyName);
        Assert.Equal("91360902MA35L7XXXX", r.Decision.PartyCode);
        Assert.Equal("李某某", r.Decision.Representative);
        Assert.Equal("法定代表人：李某某，统一社会信用代码91360902MA35L7XXXX。", r.Decision.Text);
        Assert.Equal(2, r.MaskedByKind[MaskKinds.OtherPersonName]);
    }

    [Fact]
    public void An_individual_business_keeps_its_name_even_when_it_contains_the_operators_name()
    {
        var d = Samples.Organisation("经营者王小明经营的袁州区王小明副食店……") with
        {
            Party = new Party(PartyKind.IndividualBusiness, "袁州区王小明副食店", "92360902MA35L7AB1C", "王小明"),
        };
        var pd = Redact(d).Decision;
        Assert.Equal("袁州区王小明副食店", pd.PartyName);
        Assert.Equal("王小明", pd.Representative);
        Assert.Contains("袁州区王小明副食店", pd.Text);
    }

    [Fact]
    public void An_individual_business_operator_not_in_the_name_is_masked()
    {
        var d = Samples.Organisation("经营者张三丰。") with
        {
            Party = new Party(PartyKind.IndividualBusiness, "袁州区好味道小吃店", "92360902MA35L7AB1C", "张三丰"),
        };
        var pd = Redact(d).Decision;
        Assert.Equal("袁州区好味道小吃店", pd.PartyName);
        Assert.Equal("张某某", pd.Representative);
        Assert.Equal("经营者张某某。", pd.Text);
    }

    [Fact]
    public void An_id_number_given_as_an_organisations_code_is_still_masked()
    {
        var d = Samples.Organisation("代码360902199001011233") with
        {
            Party = new Party(PartyKind.Organization, "某某商行", "360902199001011233", null),
        };
        var pd = Redact(d).Decision;
        Assert.DoesNotContain("360902199001011233", pd.PartyCode);
        Assert.DoesNotContain("360902199001011233", pd.Text);
    }

    [Fact]
    public void An_organisations_own_code_stays_even_when_it_could_pass_for_an_id_number()
    {
        var code = Samples.CodeThatIsAlsoAnId();
        var org = Samples.Organisation($"统一社会信用代码{code}。") with { Party = new Party(PartyKind.Organization, "某某公司", code, null) };
        Assert.Equal($"统一社会信用代码{code}。", Redact(org).Decision.Text);
        var person = Samples.Person(text: $"身份证号{code}。");
        Assert.DoesNotContain(code, Redact(person).Decision.Text);
    }

    [Fact]
    public void Redact_strings_are_masked_however_they_are_spaced_or_typed()
    {
        var d = Samples.Organisation("住宜春市袁州区秀江路 88 号；又称宜春市袁州区秀江路８８号；宜春市袁州区秀江路88号。患有糖尿病。") with
        {
            Redact = ["宜春市袁州区秀江路 88 号", "糖尿病"],
        };
        var r = Redact(d);
        // The health fact is found by its words too, and masked with the words that say it.
        Assert.Equal("住【已隐去】；又称【已隐去】；【已隐去】。【个人信息已隐去】。", r.Decision.Text);
        Assert.Equal(3, r.MaskedByKind[MaskKinds.Listed]);
        Assert.Equal(1, r.MaskedByKind[MaskKinds.Sensitive]);
    }

    [Fact]
    public void Every_field_is_redacted_and_the_number_and_amounts_stay()
    {
        var d = Samples.Person("王小明") with
        {
            Category = "王小明类",
            Basis = "依据……联系13800138000",
            Penalties = [new Penalty("罚款（王小明）", 500m)],
            Status = DecisionStatus.Revoked,
            Withdrawn = new Withdrawal(new DateOnly(2025, 5, 1), "王小明申请复议，经复议撤销"),
        };
        var pd = Redact(d).Decision;
        Assert.Equal("王某某类", pd.Category);
        Assert.Equal("依据……联系【电话已隐去】", pd.Basis);
        Assert.Equal(new Penalty("罚款（王某某）", 500m), Assert.Single(pd.Penalties));
        Assert.Equal("王某某申请复议，经复议撤销", pd.Withdrawn!.Reason);
        Assert.Equal(d.Number, pd.Number);
        Assert.Equal(PublicityState.Withdrawn, pd.State);
    }

    [Fact]
    public void Emails_are_masked_except_the_portals_own()
    {
        var d = Samples.Organisation("联系 zhang_san@qq.com、ｌｉ＠１６３．ｃｏｍ 或 zhang\\_san @ 163.com；监督邮箱 jdk@example.gov.cn；<wang@sina.cn>");
        var r = Redact(d);
        Assert.Equal("联系 【邮箱已隐去】、【邮箱已隐去】 或 【邮箱已隐去】；监督邮箱 jdk@example.gov.cn；<【邮箱已隐去】>", r.Decision.Text);
        Assert.Equal(4, r.MaskedByKind[MaskKinds.Email]);
    }

    [Fact]
    public void Public_phones_stay_and_private_ones_go()
    {
        var publicData = PublicData.FromSite(Samples.Site()).AddContact("0795-3210000");
        var d = Samples.Organisation("监督电话 0795-1234567，本机关电话（0795）3210000，当事人电话 0795-3219999。");
        var r = Redactor.Redact(d, Samples.Site(), Today, publicData);
        Assert.Equal("监督电话 0795-1234567，本机关电话（0795）3210000，当事人电话 【电话已隐去】。", r.Decision.Text);
        Assert.Equal(1, r.MaskedByKind[MaskKinds.Landline]);
    }

    [Fact]
    public void Counts_every_kind_in_chinese()
    {
        var d = Samples.Person("王小明", text: """
            当事人王小明，身份证号360902199001011233，手机 138 0013 8000，固定电话 0795-3219999，
            邮箱 wxm@qq.com，银行账号 6222 0212 3456 7890 128，家住秀江路 88 号。
            """) with { Redact = ["秀江路 88 号"] };
        var counts = Redact(d).MaskedByKind;
        Assert.Equal(3, counts[MaskKinds.PartyName]);             // the name field, the title and the text
        Assert.Equal(1, counts[MaskKinds.PartyCode]);             // the party's own ID number, found as a secret first
        Assert.Equal(1, counts[MaskKinds.Mobile]);
        Assert.Equal(1, counts[MaskKinds.Landline]);
        Assert.Equal(1, counts[MaskKinds.Email]);
        Assert.Equal(1, counts[MaskKinds.BankCard]);
        Assert.Equal(1, counts[MaskKinds.Listed]);
        Assert.False(counts.ContainsKey(MaskKinds.IdNumber));
    }

    [Fact]
    public void Markdown_around_a_number_does_not_save_it()
    {
        var pd = Redact(Samples.Organisation("""
            手机 **138**0013*8000*，身份证号 `11010519491231002X`，卡号 6222 0212\
            3456 7890 128，电话 <tel:13800138001>，[13800138002](tel:13800138002)。
            """)).Decision;
        Assert.Equal("", NumberGenerators.DigitsOf(pd.Text));
    }

    [Fact]
    public void Overlapping_masks_are_named_by_what_covers_them_not_by_a_name_inside()
    {
        // The handle holds the agent's name in pinyin: masked as a name, 陈某某 would stand for chenxiaoming_1968 whole.
        var published = Samples.RedactOrg("- **委托代理人**：陈小明，系当事人行政主管\n- **微信号**：chenxiaoming_1968\n");
        Assert.Contains("**微信号**：【账号已隐去】", published);
        Assert.DoesNotContain("1968", published);
    }
}

using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>The portal-wide parts of a generated tree: site.yml and the free pages.</summary>
internal static class SampleSite
{
    public static readonly SiteSettings Settings = new(
        "宜春市行政执法公示平台",
        "https://zfgs.example.gov.cn",
        "/api",
        new RetentionSettings(new RetentionPeriod(5, RetentionUnit.Years), new RetentionPeriod(2, RetentionUnit.Years)),
        MaskPartyNames: true,
        new SupervisionOffice("宜春市司法局行政执法协调监督科", "jdk@example.gov.cn", "0795-1234567"));

    public static readonly FreePage[] Pages =
    [
        new("about", "关于本站", """
            本平台集中公示宜春市市场监督管理、商务、工业和信息化等行政执法部门的执法主体、执法人员、执法流程和行政处罚决定，接受社会监督。

            - 执法主体：职责、权责清单、随机抽查事项清单和救济渠道；
            - 执法人员：执法证号、执法类别和证件状态，可扫描行政执法监督卡上的二维码核验；
            - 行政处罚决定：自作出决定之日起七个工作日内公示。

            本站内容由各执法部门维护。发现公示信息有误的，可以通过“申请更正”提交。

            """),
        new("remedies", "救济渠道说明", """
            当事人对行政处罚决定不服的，可以自收到决定书之日起六十日内申请行政复议，或者自收到决定书之日起六个月内向人民法院提起行政诉讼。各执法主体页面列明了其复议机关和管辖法院。

            行政复议和行政诉讼期间，行政处罚决定不停止执行，法律另有规定的除外。

            """),
        new("privacy", "隐私与个人信息保护说明", """
            公示行政处罚决定时，本站对个人信息作技术处理：

            - 当事人为自然人的，姓名以“姓氏+某某”显示；
            - 身份证号码、电话号码、电子邮箱、银行账号、家庭住址等个人信息不予公开；
            - 当事人以外的自然人姓名不予公开。

            公示期限：当事人为法人或者其他组织、个体工商户的，公示五年；当事人为自然人的，公示两年。期满或者处罚决定被依法撤销、确认违法、变更的，本站及时撤下相关信息并作出说明。

            """),
    ];
}

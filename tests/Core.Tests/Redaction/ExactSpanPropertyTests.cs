using System.Text;
using Enforcement.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>
/// Masking never changes anything else: for random text with planted secrets, the output equals the input
/// with exactly those spans replaced; line and paragraph breaks, brackets, emphasis and neighbouring words stay.
/// </summary>
public class ExactSpanPropertyTests
{
    private sealed record Piece(string Written, string Expected);

    private static Piece Public(string s) => new(s, s);

    private static readonly string[] PublicTexts =
    [
        "经查，当事人从事食品批发零售", "宜市监处罚〔2025〕12号", "罚款人民币伍万元整（¥50,000.00）", "统一社会信用代码：91360902MA35L7K839",
        "执法人员张静（执法证号：36090012389）", "生产批号：20250107123456789", "违反了《中华人民共和国食品安全法》第三十四条第(十)项",
        "货值金额3,432元", "**当事人**", "依法在法定幅度内予以处罚", "本局执法人员", "用电高峰期", "营业执照注册号360902210012345",
        "监督电话 0795-1234567", "快递单号 7734567890123456",
    ];

    private static Gen<Piece> Secret =>
        Gen.OneOf(
            from m in NumberGenerators.Mobile from label in Gen.Elements("联系电话：", "手机", "电话 ", "联系方式：")
            from plus in Gen.Elements("", "+86 ", "0086-", "(0086)")
            select new Piece(label + plus + m, label + "【电话已隐去】"),
            from id in NumberGenerators.Id18 from label in Gen.Elements("身份证号码：", "公民身份号码", "证件号码 ")
            select new Piece(label + id, label + (label.StartsWith("证件") ? "【证件号码已隐去】" : "【身份证号已隐去】")),
            from l in NumberGenerators.Landline select new Piece("(" + l[..(l[1] is '1' or '2' ? 3 : 4)] + ")" + l[(l[1] is '1' or '2' ? 3 : 4)..], "【电话已隐去】"),
            from user in Gen.Elements("lihua", "wang.xm", "zhang_san88") from domain in Gen.Elements("163.com", "qq.com")
            select new Piece(user + "@" + domain, "【邮箱已隐去】"),
            from n in Gen.Choose(10000, 99999) select new Piece("赣C·" + n, "【车牌号已隐去】"),
            from w in Gen.Elements("wxid_lihua1988", "lihua_2024") select new Piece("微信号：" + w, "微信号：【账号已隐去】"),
            Gen.Elements(new Piece("住址：宜春市袁州区秀江路88号3栋", "住址：【住址已隐去】"), new Piece("证人张国平证实", "证人张某某证实"),
                new Piece("患有糖尿病", "【个人信息已隐去】"), new Piece("系低保户", "系【个人信息已隐去】")));

    private static Gen<string> Separator => Gen.Elements("，", "。", "；", "\n", "\n\n", "（", "）", " ", "\n\n2025年1月7日，", "**", "、");

    private static Gen<(string Input, string Expected)> Text =>
        from n in Gen.Choose(3, 14)
        from pieces in Gen.ArrayOf(Gen.Frequency((2, Gen.Elements(PublicTexts).Select(Public)), (1, Secret)), n)
        from seps in Gen.ArrayOf(Separator, 15)
        select Join(pieces.ToList(), seps);

    private static (string, string) Join(IReadOnlyList<Piece> pieces, string[] seps)
    {
        var input = new StringBuilder();
        var expected = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            // A separator that is one character of prose keeps two pieces apart, as a writer would.
            var sep = i == 0 ? "" : seps[i % seps.Length];
            input.Append(sep).Append(pieces[i].Written);
            expected.Append(sep).Append(pieces[i].Expected);
        }
        return (input.ToString(), expected.ToString());
    }

    [Property(MaxTest = 500)]
    public Property Output_is_the_input_with_exactly_the_secrets_replaced() =>
        Prop.ForAll(Text.ToArbitrary(), t =>
        {
            var publicData = PublicData.FromSite(Samples.Site());
            var actual = Redactor.Redact(Samples.Organisation(t.Input), Samples.Site(), new DateOnly(2025, 6, 1), publicData).Decision.Text;
            static string Show(string s) => s.Replace("\n", "⏎");
            return (actual == t.Expected).Label($"input: {Show(t.Input)} | expected: {Show(t.Expected)} | actual: {Show(actual)}");
        });
}

namespace Enforcement.Redaction;

/// <summary>
/// The kinds of personal data redaction masks and the leak gate reports, in the words staff read in the
/// build's report, and what a reader sees instead of the masked text.
/// </summary>
public static class MaskKinds
{
    public const string IdNumber = "身份证号";
    public const string Mobile = "手机号码";
    public const string Landline = "固定电话";
    public const string Email = "电子邮箱";
    public const string BankCard = "银行卡号";
    public const string PartyName = "当事人姓名";
    public const string OtherPersonName = "其他自然人姓名";
    public const string PartyCode = "当事人证件号码";
    public const string Listed = "指定隐去内容";
    /// <summary>Passport, 港澳通行证, 台胞证, 回乡证, 香港身份证, or a 证件号码 of unstated kind.</summary>
    public const string Document = "证件号码";
    /// <summary>微信号, QQ号, an online account.</summary>
    public const string Account = "联系账号";
    /// <summary>A natural person's home address (住址, 户籍地址, a person's 住所).</summary>
    public const string Address = "住址";
    /// <summary>A natural person's licence plate.</summary>
    public const string Plate = "车牌号";
    /// <summary>Health, disability, social assistance (低保) and the like.</summary>
    public const string Sensitive = "敏感个人信息";
    /// <summary>A child's age or name said of a person (其子王小红，13岁): a minor identified; flagged in the report by this kind.</summary>
    public const string Minor = "未成年人信息";
    /// <summary>A natural person's date of birth (1985年3月12日出生, 出生日期：…).</summary>
    public const string BirthDate = "出生日期";
    /// <summary>Coordinates of where a natural person lives, trades or was found (经纬度, 北纬…东经…).</summary>
    public const string Location = "位置坐标";
    /// <summary>A body's internal notify address (bodies/*.yml notify), which is never published.</summary>
    public const string InternalEmail = "内部邮箱";

    /// <summary>
    /// What replaces masked text. Whole words, no digits kept: a partial mask (3609**********1234) would
    /// leave enough to guess from, and 【】 cannot be mistaken for Markdown link syntax.
    /// </summary>
    public static string Replacement(string kind) => kind switch
    {
        IdNumber => "【身份证号已隐去】",
        Mobile or Landline => "【电话已隐去】",
        Email or InternalEmail => "【邮箱已隐去】",
        BankCard => "【银行卡号已隐去】",
        PartyCode or Document => "【证件号码已隐去】",
        Account => "【账号已隐去】",
        Address => "【住址已隐去】",
        Plate => "【车牌号已隐去】",
        Sensitive or Minor => "【个人信息已隐去】",
        BirthDate => "【出生日期已隐去】",
        Location => "【位置已隐去】",
        _ => "【已隐去】",
    };
}

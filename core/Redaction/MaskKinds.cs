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
        PartyCode => "【证件号码已隐去】",
        _ => "【已隐去】",
    };
}

namespace Enforcement.Redaction;

/// <summary>What the words just before a number say it is.</summary>
public enum LabelContext
{
    None,
    /// <summary>批号, 订单号, 快递单号, 报告编号, 注册号 …: an identifier of a thing or a record, public whatever its checksum.</summary>
    Public,
    /// <summary>身份证, 账号, 卡号, 手机 …: a person's number, private whatever its checksum.</summary>
    Private,
}

/// <summary>
/// Context decides both ways: the label in front of a number. A batch number whose check digit happens to
/// pass Luhn is still a batch number; an ID number with a typo in its check character is still an ID number.
/// </summary>
public static class NumberLabels
{
    // Public labels are tried first, so that 执法证件号码 is not read as a 证件号码.
    private static readonly string[] PrivateLabels =
    [
        "身份证号码", "身份证号", "身份证件号码", "身份证", "公民身份号码", "身份号码", "证件号码", "证件号", "护照号码", "护照号", "护照",
        "账号", "帐号", "账户", "帐户", "卡号", "银行卡", "手机号码", "手机号", "手机", "电话号码", "电话", "联系方式",
    ];

    // A person's numbers whose label ends like a public one: 身份证编号 is not an 编号 of a thing.
    // Certificates a person holds, often numbered with the holder's ID number: 特种设备作业人员证编号, 健康证编号.
    private static readonly string[] PrivateEndingPublic =
    [
        "身份证编号", "身份编号", "医保个人编号", "医保编号", "社保编号", "社保个人编号",
        "作业人员证编号", "作业人员证号", "作业证编号", "作业证号", "健康证编号", "健康证号", "健康证明编号", "资格证编号", "资格证书编号", "执业证书编号",
    ];

    private static readonly string[] PublicLabels =
    [
        "生产批号", "批号", "批次号", "批次", "订单号", "订单编号", "运单号", "快递单号", "物流单号", "单号", "出厂编号", "产品编号",
        "报告编号", "报告书编号", "检验报告", "发票号码", "发票号", "发票代码", "注册号", "登记号", "许可证号", "许可证编号",
        "证书编号", "执法证号", "执法证件号码", "执法证编号", "条码", "条形码", "合同编号", "合同号", "序列号", "型号", "批准文号",
        "备案号", "备案编号", "流水号", "交易号", "交易单号", "单据号", "凭证号", "编号", "统一社会信用代码", "信用代码", "文号",
        "追溯码", "溯源码", "监管码",
        // 特种设备: 设备代码 31103609022015060012 and 使用登记证编号 梯11赣C00123（18） are the equipment's, public.
        "设备代码", "设备编码", "设备注册代码",
    ];

    /// <summary>The private labels that name a bank card or account; a phone label in front of a card-shaped run does not.</summary>
    private static readonly string[] AccountLabels = ["账号", "帐号", "账户", "帐户", "卡号", "银行卡"];

    /// <summary>How many characters between a label and its value are skipped: "批号：", "批号为 ", "| 批号 | ".</summary>
    private const int MaxGap = 4;

    /// <summary>The label, if any, that ends just before <paramref name="start"/> in a width-folded text.</summary>
    public static LabelContext Before(string text, int start) => Before(text, start, out _);

    /// <summary>Whether the label just before <paramref name="start"/> names a bank card or account (账号, 卡号 …).</summary>
    public static bool NamesAccount(string text, int start) =>
        Before(text, start, out var label) == LabelContext.Private && Array.IndexOf(AccountLabels, label) >= 0;

    private static LabelContext Before(string text, int start, out string? label)
    {
        label = null;
        var end = start;
        for (var skipped = 0; end > 0 && skipped < MaxGap && IsGap(text[end - 1]); skipped++) end--;
        var before = text.AsSpan(0, end);
        foreach (var candidate in PrivateEndingPublic)
            if (before.EndsWith(candidate, StringComparison.Ordinal)) { label = candidate; return LabelContext.Private; }
        // 执法证件号码 is an officer's public certificate, although it ends with 证件号码.
        foreach (var candidate in PublicLabels)
            if (before.EndsWith(candidate, StringComparison.Ordinal)) { label = candidate; return LabelContext.Public; }
        foreach (var candidate in PrivateLabels)
            if (before.EndsWith(candidate, StringComparison.Ordinal)) { label = candidate; return LabelContext.Private; }
        return LabelContext.None;
    }

    private static bool IsGap(char c) => c is ' ' or '\t' or ':' or '：' or '*' or '_' or '|' or '为' or '是' or '#' or '(' or '（' or '\u00A0';
}

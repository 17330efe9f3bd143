using Enforcement.Redaction;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>Numbers run straight into Latin words: found by FsCheck ("…165Tel" read as a 统一社会信用代码).</summary>
public sealed class NumberScannerBoundaryTests
{
    [Theory]
    [InlineData("身份证号码820000430922165Tel：", "820000430922165")]
    [InlineData("身份证号码820000430922165TEL：", "820000430922165")]
    public void An_id_number_followed_by_a_word_is_still_an_id_number(string text, string id)
    {
        var found = NumberScanner.Scan(TextFolding.FoldWidth(text), ScanMode.Source);
        Assert.Contains(found, m => m.Kind == MaskKinds.IdNumber && m.Digits == id);
    }
}

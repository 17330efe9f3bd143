using System.Text;
using Enforcement.Csv;

namespace Enforcement.Core.Tests.Csv;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-10 元", "'-10 元")]
    [InlineData("@所有人", "'@所有人")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_defused(string value, string cell) =>
        Assert.Equal(cell, CsvWriter.Cell(value));

    [Theory]
    [InlineData("宜市监处罚〔2025〕1号", "宜市监处罚〔2025〕1号")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    public void Cells_are_quoted_only_when_they_must_be(string value, string cell) =>
        Assert.Equal(cell, CsvWriter.Cell(value));

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_and_ends_rows_with_crlf()
    {
        var bytes = new CsvWriter().Row("文书号", "合计").Row("A,1", "2").ToBytes();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("文书号,合计\r\n\"A,1\",2\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}

using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Staff;

namespace Enforcement.Api.Tests.Staff;

public class ConsoleTextTests
{
    [Theory]
    [InlineData("\u200B")]
    [InlineData(" \u200C\u200D\uFEFF\u2060 ")]
    [InlineData("\u3000\u3164")]
    [InlineData("")]
    public void Text_of_only_spaces_and_invisible_characters_is_no_text(string text)
    {
        Assert.True(BlankText.IsBlank(text));
        Assert.Equal("", ConsoleText.Required(text));
    }

    [Fact]
    public void Text_with_anything_to_read_is_kept_as_written_but_trimmed()
    {
        Assert.False(BlankText.IsBlank("\u200B已核实"));
        Assert.Equal("已核实\n无误", ConsoleText.Required("  已核实\n无误 "));
    }
}

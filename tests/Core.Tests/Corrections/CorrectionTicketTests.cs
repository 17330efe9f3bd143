using Enforcement.Corrections;

namespace Enforcement.Core.Tests.Corrections;

public class CorrectionTicketTests
{
    [Fact]
    public void Formats_as_GZ_year_sequence() =>
        Assert.Equal("GZ-2026-000123", new CorrectionTicket(2026, 123).ToString());

    [Theory]
    [InlineData(" gz-2026-000123 ", 2026, 123)]
    [InlineData("GZ-2027-1234567", 2027, 1234567)]
    // No dashes, a Chinese keyboard's full-width dashes and letters, another dash, spaces for dashes.
    [InlineData("GZ2026000123", 2026, 123)]
    [InlineData("GZ－2026－000123", 2026, 123)]
    [InlineData("ＧＺ－２０２６－０００１２３", 2026, 123)]
    [InlineData("GZ—2026—000123", 2026, 123)]
    [InlineData("GZ 2026 000123", 2026, 123)]
    public void Parses_what_people_type(string text, int year, int sequence)
    {
        Assert.True(CorrectionTicket.TryParse(text, out var ticket));
        Assert.Equal(new CorrectionTicket(year, sequence), ticket);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GZ-2026-123")]
    [InlineData("GZ-2026-000000")]
    [InlineData("FK-2026-000123")]
    [InlineData("GZ-2026-000123/../x")]
    [InlineData("GZ202600012")]
    [InlineData("GZ-٢٠٢٦-٠٠٠٠٠١")]
    [InlineData("GZ-2026-000123x")]
    public void Rejects_anything_else(string? text) => Assert.False(CorrectionTicket.TryParse(text, out _));
}

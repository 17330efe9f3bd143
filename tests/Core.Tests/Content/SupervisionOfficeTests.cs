using Enforcement.Content;

namespace Enforcement.Core.Tests.Content;

/// <summary>The supervision phone as a link a phone can dial, however site.yml writes the number.</summary>
public sealed class SupervisionOfficeTests
{
    [Theory]
    [InlineData("0795-1234567", "tel:0795-1234567")]
    [InlineData("0795 123 4567", "tel:07951234567")]
    [InlineData("（0795）1234567", "tel:07951234567")]
    [InlineData("0795-1234567 转 802", "tel:0795-1234567")]   // the extension's digits would dial another number
    [InlineData("12345", "tel:12345")]
    public void The_tel_link_dials_the_number_as_written(string phone, string tel) =>
        Assert.Equal(tel, new SupervisionOffice("市局执法监督科", "jdk@example.gov.cn", phone).Tel);
}

using System.Text;
using Enforcement.Corrections;

namespace Enforcement.Core.Tests.Corrections;

public class AttachmentTypesTests
{
    [Fact]
    public void Files_are_told_apart_by_their_first_bytes()
    {
        Assert.Equal(AttachmentKind.Pdf, AttachmentTypes.Detect("%PDF-1.7\n"u8));
        Assert.Equal(AttachmentKind.Png, AttachmentTypes.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal(AttachmentKind.Jpeg, AttachmentTypes.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script>")]
    [InlineData("MZ\u0090\0")]          // a Windows program
    [InlineData("PK\u0003\u0004")]      // a zip (or .docx)
    [InlineData("")]
    [InlineData("%PD")]
    public void Anything_else_is_refused(string content) =>
        Assert.Null(AttachmentTypes.Detect(Encoding.Latin1.GetBytes(content)));
}

namespace Enforcement.Corrections;

public enum AttachmentKind { Pdf, Jpeg, Png }

/// <summary>Evidence files: PDF, JPEG or PNG, told apart by their first bytes, never by their name.</summary>
public static class AttachmentTypes
{
    public const int MaxCount = 3;
    public const long MaxBytes = 5L * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 8;

    private static ReadOnlySpan<byte> PdfMagic => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegMagic => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngMagic => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static AttachmentKind? Detect(ReadOnlySpan<byte> header) =>
        header.StartsWith(PdfMagic) ? AttachmentKind.Pdf
        : header.StartsWith(PngMagic) ? AttachmentKind.Png
        : header.StartsWith(JpegMagic) ? AttachmentKind.Jpeg
        : null;

    public static string ContentType(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Jpeg => "image/jpeg",
        _ => "image/png",
    };

    public static string Extension(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => ".pdf",
        AttachmentKind.Jpeg => ".jpg",
        _ => ".png",
    };
}

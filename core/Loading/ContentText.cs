using System.Text;
using Enforcement.Validation;

namespace Enforcement.Loading;

/// <summary>
/// Reads a content file's text. The contract is UTF-8 (a byte-order mark, or UTF-16 with one, as Notepad's
/// “Unicode” writes, is read too); a file saved in GBK, as Notepad's “ANSI” does on a Chinese Windows, is reported
/// with the line where it stops being UTF-8, not read as mojibake that the build would publish or the leak gate
/// would stumble over.
/// </summary>
internal static class ContentText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null with an error naming the file when it is not UTF-8.</summary>
    public static string? Read(string path, string relative, List<ContentError> errors)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(start + e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            errors.Add(new ContentError(relative, "",
                "文件不是 UTF-8 编码（多半是用记事本以 ANSI / GBK 保存的）：请用“另存为”把编码选为 UTF-8 后重新保存 (file is not UTF-8)", line));
            return null;
        }
    }
}

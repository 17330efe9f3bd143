using System.Text;
using System.Xml;

namespace Enforcement.Site.Feeds;

/// <summary>Writes an XML document to a string the same way every time: UTF-8 without BOM, \n, two-space indent.</summary>
internal static class XmlText
{
    public static string Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}

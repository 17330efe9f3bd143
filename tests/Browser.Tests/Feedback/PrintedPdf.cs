using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Browser.Tests.Feedback;

/// <summary>What a PDF Chromium printed holds: its pages' sizes, and the page count its page tree gives.</summary>
internal static class PrintedPdf
{
    /// <summary>Each page's size in points (1/72 inch), in order.</summary>
    public static List<(double Width, double Height)> Pages(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]")
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>The root page tree's /Count (the largest, should a tree nest).</summary>
    public static int Count(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")
            .Select(m => int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0).Max();
}

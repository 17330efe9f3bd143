using System.Text;

namespace Enforcement.Csv;

/// <summary>
/// CSV for staff to open in Excel, the one way every export writes it: UTF-8 with a byte order mark (without
/// one Excel reads Chinese as GBK), CRLF line ends (RFC 4180), a field quoted when it holds a comma, quote or
/// line break, and any cell a spreadsheet would take for a formula (starting with = + - @, tab or CR) prefixed
/// with an apostrophe, since text typed by the public ends up in these files (CSV injection).
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder text = new();

    public CsvWriter Row(params IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        return this;
    }

    /// <summary>The rows written so far, without the byte order mark.</summary>
    public override string ToString() => text.ToString();

    /// <summary>The file: byte order mark, then the rows in UTF-8.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    /// <summary>One cell, defused and quoted as needed.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}

namespace Enforcement.Redaction;

/// <summary>
/// Numbers that are published on purpose and must be neither masked nor reported: the supervision office's
/// and the bodies' phones, organisations' 统一社会信用代码, officers' certificate numbers. Held in the digit
/// form <see cref="NumberScanner"/> reports (no separators, a mobile without +86).
/// </summary>
public sealed class PublicNumbers
{
    private readonly HashSet<string> set = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private readonly PublicNumbers? outer;

    /// <param name="outer">Numbers that are public as well (the portal's), so a decision's own set need not copy them.</param>
    public PublicNumbers(PublicNumbers? outer = null)
    {
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        this.outer = outer;
    }

    public bool Contains(ReadOnlySpan<char> digits) => lookup.Contains(digits) || outer is not null && outer.Contains(digits);

    /// <summary>Adds every number found in a contact text ("0795-1234567", "+86 138 0013 8000").</summary>
    public PublicNumbers AddContact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return this;
        foreach (var m in NumberScanner.Scan(TextFolding.FoldNumerals(text), ScanMode.Source)) set.Add(m.Digits);
        return this;
    }

    /// <summary>Adds an identifier as it stands (an organisation's code, a certificate number), folded.</summary>
    public PublicNumbers AddCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return this;
        var key = TextFolding.Key(code);
        if (key.Length > 0) set.Add(key);
        return this;
    }
}

namespace Enforcement.Redaction;

/// <summary>
/// One decision's texts, each folded and read for labels once: redaction reads the text, title and violation
/// for names before masking anything, and masking reads the same strings again.
/// </summary>
internal sealed class LabelledTexts(LabelPolicy policy, PublicNumbers? numbers)
{
    private readonly Dictionary<string, (string Folded, List<LabelledValue> Values)> read = new(ReferenceEqualityComparer.Instance);

    public (string Folded, List<LabelledValue> Values) Read(string text)
    {
        if (read.TryGetValue(text, out var result)) return result;
        var folded = TextFolding.FoldNumerals(text);
        var values = LabelledValues.Find(folded, policy, numbers);
        // <tr><td>姓名</td><td>刘海波</td></tr>: a table staff pasted as HTML is read again as the same table in Markdown.
        // (The leak gate reads pages as they are: every Markdown table is HTML there, and reading each twice cost it a third.)
        if (HtmlTables.AsMarkdown(folded) is { } table)
            foreach (var v in LabelledValues.Find(table.Text, policy, numbers)) values.Add(table.InOriginal(v));
        return read[text] = (folded, values);
    }
}

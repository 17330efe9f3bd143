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
        return read[text] = (folded, LabelledValues.Find(folded, policy, numbers));
    }
}

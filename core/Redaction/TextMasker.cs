using System.Text;

namespace Enforcement.Redaction;

/// <summary>Masks one decision's texts: its own secrets, then personal numbers and e-mail addresses.</summary>
internal sealed class TextMasker(IReadOnlyList<Secret> secrets, PublicNumbers publicNumbers, IReadOnlySet<string> publicEmails)
{
    private readonly record struct Hit(int Start, int End, int Priority, string Kind, string Replacement);

    private readonly List<int> map = [];
    private readonly List<Hit> hits = [];

    /// <summary>The text with every hit replaced; adds one to <paramref name="counts"/>[kind] per replacement.</summary>
    public string Mask(string? text, Dictionary<string, int> counts)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        hits.Clear();
        if (secrets.Count > 0)
        {
            var view = TextFolding.ForMatching(text, map);
            foreach (var s in secrets)
                for (var at = view.IndexOf(s.Key, StringComparison.Ordinal); at >= 0; at = view.IndexOf(s.Key, at + s.Key.Length, StringComparison.Ordinal))
                    hits.Add(new Hit(map[at], map[at + s.Key.Length - 1] + 1, 0, s.Kind, s.Replacement));
        }
        var folded = TextFolding.FoldWidth(text);
        foreach (var m in NumberScanner.Scan(folded, ScanMode.Source, publicNumbers))
            hits.Add(new Hit(m.Start, m.End, 1, m.Kind, MaskKinds.Replacement(m.Kind)));
        foreach (var (start, length) in EmailAddresses.Find(folded))
            if (!publicEmails.Contains(EmailAddresses.Normalize(folded.Substring(start, length))))
                hits.Add(new Hit(start, start + length, 2, MaskKinds.Email, MaskKinds.Replacement(MaskKinds.Email)));
        if (hits.Count == 0) return text;

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : b.End.CompareTo(a.End));
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            var end = h.End;
            // Overlapping hits (an ID that is also the party's code, a redact: string inside an address) are masked as one.
            while (i + 1 < hits.Count && hits[i + 1].Start < end) end = Math.Max(end, hits[++i].End);
            sb.Append(text, pos, h.Start - pos).Append(h.Replacement);
            counts[h.Kind] = counts.GetValueOrDefault(h.Kind) + 1;
            pos = end;
        }
        return sb.Append(text, pos, text.Length - pos).ToString();
    }
}

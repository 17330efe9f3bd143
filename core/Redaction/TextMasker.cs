using System.Text;

namespace Enforcement.Redaction;

/// <summary>One thing redaction masked: in which field (正文, 标题 …), on which line of it, and what kind. Never the value.</summary>
public sealed record MaskedItem(string Field, int Line, string Kind);

/// <summary>Something that looked personal but stayed, because the decision's <c>keep:</c> list says so.</summary>
public sealed record KeptItem(string Field, int Line, string Kind, string Text);

/// <summary>What masking did to one decision: counts by kind, and each masked and kept item.</summary>
internal sealed class MaskLog
{
    public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    public List<MaskedItem> Masked { get; } = [];
    public List<KeptItem> Kept { get; } = [];

    public void Add(string field, int line, string kind)
    {
        Counts[kind] = Counts.GetValueOrDefault(kind) + 1;
        Masked.Add(new MaskedItem(field, line, kind));
    }
}

/// <summary>
/// Masks one decision's texts: its own secrets (names matched as names), labelled values, personal numbers
/// and e-mail addresses. A mask covers exactly what it hides: the text around it, line breaks and brackets
/// included, is copied unchanged.
/// </summary>
internal sealed class TextMasker(IReadOnlyList<Secret> secrets, PublicNumbers publicNumbers, IReadOnlySet<string> publicEmails,
    LabelledTexts labelled, IReadOnlyList<string> keep)
{
    private readonly record struct Hit(int Start, int End, int Priority, string Kind, string Replacement);

    private readonly List<int> map = [];
    private readonly List<Hit> hits = [];
    private readonly List<(int Start, int End)> kept = [];

    /// <summary>The text with every hit replaced; each replacement is logged under <paramref name="field"/>.</summary>
    public string Mask(string? text, string field, MaskLog log)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        hits.Clear();
        kept.Clear();
        var (folded, labels) = labelled.Read(text);
        var emails = EmailAddresses.Find(folded).ToList();
        if (secrets.Count > 0 || keep.Count > 0)
        {
            var view = TextFolding.ForMatching(text, map);
            LatinWords? latin = null;
            foreach (var s in secrets)
            {
                if (s.Spelled)
                {
                    foreach (var (start, end) in (latin ??= new LatinWords(text)).Find(s.Key))
                        if (!InEmail(start, end)) hits.Add(new Hit(start, end, 0, s.Kind, s.Replacement));
                    continue;
                }
                for (var at = view.IndexOf(s.Key, StringComparison.Ordinal); at >= 0; at = view.IndexOf(s.Key, at + s.Key.Length, StringComparison.Ordinal))
                    if ((!s.IsName || NameOccurrences.IsName(view, at, at + s.Key.Length, s.Part)) && !(s.IsName && InEmail(map[at], map[at + s.Key.Length - 1] + 1)))
                        hits.Add(new Hit(map[at], map[at + s.Key.Length - 1] + 1, 0, s.Kind, s.Replacement));
            }
            foreach (var k in keep)
                for (var at = view.IndexOf(k, StringComparison.Ordinal); at >= 0; at = view.IndexOf(k, at + k.Length, StringComparison.Ordinal))
                    kept.Add((map[at], map[at + k.Length - 1] + 1));
        }
        foreach (var v in labels)
            hits.Add(new Hit(v.Start, v.End, 1, v.Kind, v.Name is { } name ? PartyNames.Masked(name) : MaskKinds.Replacement(v.Kind)));
        foreach (var m in NumberScanner.Scan(folded, ScanMode.Source, publicNumbers))
            hits.Add(new Hit(m.Start, m.End, 2, m.Kind, MaskKinds.Replacement(m.Kind)));
        foreach (var (start, length) in emails)
            if (!publicEmails.Contains(EmailAddresses.Normalize(folded.Substring(start, length))))
                hits.Add(new Hit(start, start + length, 3, MaskKinds.Email, MaskKinds.Replacement(MaskKinds.Email)));
        if (hits.Count == 0) return text;

        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : b.End.CompareTo(a.End));
        var sb = new StringBuilder(text.Length);
        var pos = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (h.Start < pos) continue;
            var end = h.End;
            // Overlapping hits (an ID that is also the party's code, a redact: string inside an address) are masked as one,
            // named by a hit that covers them all. Where none does (a name at the start of an address that runs on), by the
            // widest that is not a name: 吴某某 standing for 吴春花又转卖给邻村 would hide that words were taken out.
            var first = i;
            while (i + 1 < hits.Count && hits[i + 1].Start < end) end = Math.Max(end, hits[++i].End);
            var named = end == h.End ? h : Naming(hits, first, i, h.Start, end);
            var line = TextFolding.LineOf(text, h.Start);
            if (IsKept(h.Start, end))
            {
                log.Kept.Add(new KeptItem(field, line, h.Kind, text[h.Start..end]));
                continue;
            }
            sb.Append(text, pos, h.Start - pos).Append(named.Replacement);
            // A hard-wrapped number or name keeps its line breaks after the mask, so lines and paragraphs stay as written.
            for (var k = text.IndexOf('\n', h.Start, end - h.Start); k >= 0; k = text.IndexOf('\n', k + 1, end - k - 1)) sb.Append('\n');
            log.Add(field, line, named.Kind);
            pos = end;
        }
        return sb.Append(text, pos, text.Length - pos).ToString();

        // A name's word inside an e-mail address (zeng of zeng.1985@foxmail.com): the address is masked whole, as an e-mail.
        bool InEmail(int start, int end)
        {
            foreach (var (at, length) in emails) if (at <= start && end <= at + length) return true;
            return false;
        }
    }

    /// <summary>The hit whose replacement stands for hits[first..last], which run from start to end.</summary>
    private static Hit Naming(List<Hit> hits, int first, int last, int start, int end)
    {
        Hit? widest = null;
        for (var k = first; k <= last; k++)
        {
            var hit = hits[k];
            if (hit.Start == start && hit.End == end) return hit;
            if (!IsName(hit) && (widest is not { } w || hit.End - hit.Start > w.End - w.Start)) widest = hit;
        }
        // Only names, none covering all: the plain mask, not one name's 某某 for text that is more than the name.
        return widest ?? hits[first] with { Replacement = MaskKinds.Replacement(hits[first].Kind) };
    }

    private static bool IsName(Hit hit) => hit.Kind is MaskKinds.PartyName or MaskKinds.OtherPersonName;

    private bool IsKept(int start, int end)
    {
        foreach (var (s, e) in kept) if (s <= start && end <= e) return true;
        return false;
    }
}

using System.Text.RegularExpressions;
using Enforcement.Content;

namespace Enforcement.Redaction;

/// <summary>
/// Scans output files for personal data. Built once (the build may reuse it for every file it writes):
/// the generic patterns (valid ID numbers, phones, bank cards, e-mail addresses) apply everywhere except to
/// what the portal publishes on purpose; each decision's own secrets are searched in their matching form
/// (width-folded, separators removed), all at once with one Aho-Corasick automaton.
///
/// Short secrets would fail builds on unrelated text (a party called 万元 or 高峰, a witness 王五 beside
/// 王五金店), so a secret is searched in every output only if it is distinctive: a name of 3+ characters,
/// an ID of 6+, a redact: string of 4+, and not part of a public name (an officer or an organisation that
/// shares it). Shorter or shared ones are searched only in that decision's own outputs: those whose path
/// holds its URL (decisions/2025/slug) or its 文书号 ("search index: 宜市监处罚〔2025〕12号").
/// </summary>
public sealed partial class LeakScanner
{
    [GeneratedRegex(@"decisions/(\d{4})/([A-Za-z0-9][A-Za-z0-9-]*)")]
    private static partial Regex DecisionPath();

    private readonly PublicData publicData;
    private readonly AhoCorasick? global;
    private readonly List<(string Kind, string Source)>[] globalOwners = [];
    private readonly Dictionary<string, int> decisionByPath = new(StringComparer.Ordinal);
    private readonly AhoCorasick? numbers;
    private readonly int[] decisionByNumber = [];
    private readonly List<Secret>[] local;
    private readonly string[] sources;
    private readonly LabelPolicy[] policies;
    private readonly List<string>[] keeps;
    private readonly List<string> allKeeps;

    /// <param name="decisions">All decisions, including those no longer public: their secrets must not appear either.</param>
    /// <param name="secretsOf">A decision's secrets as its redaction found them, if it has been redacted (null if not): reading a
    /// decision's labels again costs as much as redacting it.</param>
    public LeakScanner(IReadOnlyList<Decision> decisions, SiteSettings site, PublicData publicData, Func<Decision, IReadOnlyList<Secret>?>? secretsOf = null)
    {
        this.publicData = publicData;
        sources = decisions.Select(d => d.SourcePath).ToArray();
        policies = decisions.Select(d => new LabelPolicy(d.Party.Kind == PartyKind.NaturalPerson, site.MaskPartyNames, d.Party.Name)).ToArray();
        keeps = decisions.Select(d => d.Keep.Select(TextFolding.Key).Where(k => k.Length > 0).ToList()).ToArray();
        allKeeps = keeps.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
        local = new List<Secret>[decisions.Count];
        var candidates = new Dictionary<string, List<(string Kind, string Source, int Decision)>>(StringComparer.Ordinal);
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            local[i] = [];
            decisionByPath.TryAdd($"{d.Year}/{d.Slug}", i);
            foreach (var s in secretsOf?.Invoke(d) ?? DecisionSecrets.Of(d, site, Redactor.NamesIn(d, policies[i], publicData.Numbers)))
            {
                if (s.Key.Length < 2) continue;
                if (IsDistinctive(s)) Owners(candidates, s.Key).Add((s.Kind, d.SourcePath, i));
                else local[i].Add(s);
            }
        }
        foreach (var (source, email) in publicData.InternalEmails)
        {
            var key = TextFolding.Key(email);
            if (key.Length >= 2) Owners(candidates, key).Add((MaskKinds.InternalEmail, source, -1));
        }

        // A distinctive secret that is also part of a public name is searched only near its own decision.
        var keys = candidates.Keys.ToList();
        if (keys.Count > 0 && publicData.Names.Count > 0)
        {
            var probe = new AhoCorasick(keys);
            var shared = new HashSet<int>();
            foreach (var name in publicData.Names.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct())
                probe.Collect(TextFolding.Key(name), shared);
            foreach (var k in shared)
            {
                var owners = candidates[keys[k]];
                if (owners.Any(o => o.Decision < 0)) continue; // internal addresses are searched everywhere
                foreach (var (kind, _, decision) in owners) local[decision].Add(new Secret(keys[k], kind, ""));
                candidates.Remove(keys[k]);
            }
            keys = candidates.Keys.ToList();
        }
        if (keys.Count > 0)
        {
            global = new AhoCorasick(keys);
            globalOwners = keys.Select(k => candidates[k].Select(o => (o.Kind, o.Source)).Distinct().ToList()).ToArray();
        }

        var numberList = decisions.Select((d, i) => (d.Number, i)).Where(x => x.Number.Length > 0)
            .DistinctBy(x => x.Number, StringComparer.Ordinal).ToList();
        if (numberList.Count > 0)
        {
            numbers = new AhoCorasick(numberList.Select(x => x.Number).ToList());
            decisionByNumber = numberList.Select(x => x.i).ToArray();
        }
    }

    /// <summary>
    /// Whether a secret is searched in every output. A <c>redact:</c> entry is scoped to its decision (the same
    /// street may be a company's public registered address in another one), and so are a part of a name and a
    /// name's pinyin (matched there without word boundaries, so only where the person is the subject).
    /// </summary>
    private static bool IsDistinctive(Secret s) => !s.Part && !s.Spelled && s.Kind switch
    {
        MaskKinds.Listed => false,
        MaskKinds.PartyName or MaskKinds.OtherPersonName => s.Key.Length >= 3,
        MaskKinds.PartyCode => s.Key.Length >= 6,
        _ => s.Key.Length >= 4,
    };

    private static List<(string, string, int)> Owners(Dictionary<string, List<(string, string, int)>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        return list;
    }

    /// <summary>The personal data in one output: where and what kind, and whose secret it is when known. Thread-safe.</summary>
    public IReadOnlyList<Leak> Scan(PublishedText output)
    {
        var found = new HashSet<(string Kind, string? Source, int Line)>();
        var text = GateText.Prepare(output);
        var folded = TextFolding.FoldNumerals(text);
        var owners = DecisionsOf(output.Path);
        void Generic(int start, int end, string kind)
        {
            if (!IsKept(folded, start, end)) found.Add((kind, null, TextFolding.LineOf(folded, start)));
        }
        var numbers = NumberScanner.Scan(folded, ScanMode.Published, publicData.Numbers);
        foreach (var m in numbers) Generic(m.Start, m.End, m.Kind);
        foreach (var (start, length) in EmailAddresses.Find(folded))
            if (!publicData.Emails.Contains(EmailAddresses.Normalize(folded.Substring(start, length)))) Generic(start, start + length, MaskKinds.Email);
        foreach (var (start, end, kind) in GateShapes.Find(folded, publicData.Numbers, numbers.Select(n => (n.Start, n.End)).ToList())) Generic(start, end, kind);
        // Labelled values: after 身份证, 手机, 住址, 委托代理人 … something that is not a mask. Names and person-only
        // labels are read with the policy of the decision the output belongs to; elsewhere only numbers and accounts.
        var policy = owners.Count == 1 ? policies[owners.First()] : null;
        foreach (var v in LabelledValues.Find(folded, policy ?? LabelPolicy.Organisation, publicData.Numbers))
            if (policy is not null || v.Name is null && v.Kind is not (MaskKinds.Sensitive or MaskKinds.Minor or MaskKinds.BirthDate or MaskKinds.Location))
                Generic(v.Start, v.End, v.Kind);

        var view = TextFolding.ForMatching(text, map: null);
        if (global is not null)
        {
            var hits = new HashSet<int>();
            global.Collect(view, hits);
            foreach (var h in hits)
                foreach (var (kind, source) in globalOwners[h]) found.Add((kind, source, 0));
        }
        LatinWords? latin = null;
        foreach (var i in owners)
            foreach (var s in local[i])
                if (s.Spelled ? (latin ??= new LatinWords(text)).Find(s.Key).Any() : Occurs(view, s, keeps[i]))
                    found.Add((s.Kind, sources[i], 0));

        return found.Select(f => new Leak(output.Path, f.Kind) { Source = f.Source, Line = f.Line }).ToList();
    }

    /// <summary>Whether a decision's own secret stands in the view (a name as a name), outside its keep: strings.</summary>
    private static bool Occurs(string view, Secret s, List<string> keep)
    {
        for (var at = view.IndexOf(s.Key, StringComparison.Ordinal); at >= 0; at = view.IndexOf(s.Key, at + 1, StringComparison.Ordinal))
            if ((!s.IsName || NameOccurrences.IsName(view, at, at + s.Key.Length, s.Part)) && !Covered(view, at, at + s.Key.Length, keep))
                return true;
        return false;
    }

    /// <summary>Whether [start, end) of the folded output lies inside a string some decision's keep: list allows.</summary>
    private bool IsKept(string folded, int start, int end)
    {
        if (allKeeps.Count == 0) return false;
        var key = TextFolding.Key(folded[start..end]);
        foreach (var k in allKeeps) if (k.Contains(key, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool Covered(string view, int start, int end, List<string> keep)
    {
        foreach (var k in keep)
            for (var at = view.IndexOf(k, Math.Max(0, end - k.Length), StringComparison.Ordinal); at >= 0 && at <= start; at = view.IndexOf(k, at + 1, StringComparison.Ordinal))
                if (at + k.Length >= end) return true;
        return false;
    }

    /// <summary>The decisions an output belongs to, by its path: decisions/2025/slug, or a 文书号 in a label.</summary>
    private HashSet<int> DecisionsOf(string path)
    {
        var result = new HashSet<int>();
        foreach (Match m in DecisionPath().Matches(path))
            if (decisionByPath.TryGetValue($"{m.Groups[1].Value}/{m.Groups[2].Value}", out var i)) result.Add(i);
        if (numbers is not null)
        {
            var hits = new HashSet<int>();
            numbers.Collect(path, hits);
            foreach (var h in hits) result.Add(decisionByNumber[h]);
        }
        return result;
    }
}

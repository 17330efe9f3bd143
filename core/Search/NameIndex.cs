namespace Enforcement.Search;

/// <summary>A completion: the name, what it is, and where picking it leads (a decision, when the name has exactly one).</summary>
public sealed record Suggestion(string Text, NameKind Kind, string? Url);

/// <summary>
/// The vocabulary's public names, indexed for suggestions as you type and for 您是不是要找: by each pair of
/// adjacent characters and by each pair of adjacent pinyin syllables, so a lookup reads a short list instead
/// of every name. A name is offered only while one of its decisions is public.
/// </summary>
public sealed class NameIndex
{
    private sealed record Entry(SearchName Name, string Key, string Short, string[] Syllables);

    /// <summary>The most names one lookup reads (see <see cref="Suggest"/>).</summary>
    private const int MaxRead = 3000;

    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, List<int>> byChars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> bySyllables = new(StringComparer.Ordinal);

    public NameIndex(SearchVocabulary vocabulary)
    {
        var places = vocabulary.Words.Places.Concat(vocabulary.Bodies.Select(b => SearchBody.Place(b.Name)))
            .Select(QueryText.Normalize).Where(p => p.Length > 0).Distinct().OrderByDescending(p => p.Length).ToList();
        foreach (var name in vocabulary.Names)
        {
            var key = QueryText.Normalize(name.Text);
            var shortKey = WithoutPlaces(key, places);
            var entry = new Entry(name, key, shortKey, Pinyin.Syllables(key));
            var id = entries.Count;
            entries.Add(entry);
            for (var i = 0; i + 1 < key.Length; i++) Post(byChars, key.Substring(i, 2), id);
            Post(byChars, "^" + shortKey[..Math.Min(1, shortKey.Length)], id);
            for (var i = 0; i + 1 < entry.Syllables.Length; i++) Post(bySyllables, entry.Syllables[i] + " " + entry.Syllables[i + 1], id);
        }
    }

    private static void Post(Dictionary<string, List<int>> postings, string key, int id)
    {
        if (!postings.TryGetValue(key, out var list)) postings[key] = list = [];
        if (list.Count == 0 || list[^1] != id) list.Add(id);
    }

    private static string WithoutPlaces(string name, List<string> places)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var p in places)
                if (name.Length > p.Length + 1 && name.StartsWith(p, StringComparison.Ordinal)) { name = name[p.Length..]; changed = true; }
        }
        return name;
    }

    private static bool IsPublic(SearchName name, DateOnly today) => name.Decisions.Any(d => d.Until > today);

    /// <summary>
    /// Names containing what was typed (those starting with it first), then names that sound like it (兴望 →
    /// 兴旺水果店), each only while one of its decisions is public on <paramref name="today"/>.
    /// </summary>
    public IReadOnlyList<Suggestion> Suggest(string typed, DateOnly today, int limit = 8)
    {
        var q = QueryText.Normalize(typed);
        if (q.Length == 0) return [];
        var scored = new Dictionary<int, int>();
        // A common beginning (宜春, 有限) is in most names: reading a bounded number of them keeps a lookup
        // within a few milliseconds at any size, at the cost of ranking only among those read.
        foreach (var id in Candidates(byChars, Pairs(q)).Take(MaxRead))
        {
            var e = entries[id];
            if (e.Short.StartsWith(q, StringComparison.Ordinal)) scored[id] = 0;
            else if (e.Key.Contains(q, StringComparison.Ordinal)) scored[id] = 1;
        }
        var syllables = Pinyin.Syllables(q);
        if (q.Any(QueryText.IsHan) && syllables.Length >= 2)
            foreach (var id in Candidates(bySyllables, SyllablePairs(syllables)).Take(MaxRead))
                if (!scored.ContainsKey(id) && IndexOf(entries[id].Syllables, syllables) >= 0) scored[id] = 2;

        return scored
            .Select(kv => (Entry: entries[kv.Key], Score: kv.Value))
            .Select(x => (x.Entry, x.Score, Public: x.Entry.Name.Decisions.Where(d => d.Until > today).ToList()))
            .Where(x => x.Public.Count > 0)
            .OrderBy(x => x.Score).ThenByDescending(x => x.Public.Count).ThenBy(x => x.Entry.Key.Length).ThenBy(x => x.Entry.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(x => new Suggestion(x.Entry.Name.Text, x.Entry.Name.Kind,
                x.Entry.Name.Kind == NameKind.Party && x.Public.Count == 1 ? x.Public[0].Url : null))
            .ToList();
    }

    /// <summary>The most party names a word may be in and still name a party rather than a trade (超市, 食品 are in many).</summary>
    private const int MaxNamesForAParty = 20;

    /// <summary>
    /// Whether <paramref name="word"/> (two characters or more) names a party with a public decision: it is in that
    /// party's name and in few others (明珠超市 is in 宜春市明珠超市 and 樟树市明珠超市; 超市 is in too many to name one).
    /// </summary>
    public bool InPartyName(string word, DateOnly today)
    {
        var q = QueryText.Normalize(word);
        if (q.Length < 2) return false;
        var count = 0;
        foreach (var id in Candidates(byChars, Pairs(q)))
        {
            var e = entries[id];
            if (e.Name.Kind == NameKind.Party && e.Key.Contains(q, StringComparison.Ordinal) && IsPublic(e.Name, today) && ++count > MaxNamesForAParty) return false;
        }
        return count > 0;
    }

    /// <summary>
    /// Kinds of business one shop may be called by, in groups: people call a shop by what they see it is (金盛大酒店 for
    /// 金盛酒店管理有限公司, 好邻居超市 for 好邻居商贸, 净衣坊洗衣店 for 净衣坊干洗店, 老周面店 for 老周粉面馆), so a kind in
    /// the same group as the shop's may name that shop, and a kind in none of its groups names another (兴旺酒店 is not
    /// 兴旺水果店). 饭店 is said of hotels as of restaurants, so it is in both groups, while 宾馆 is no 餐馆; the eateries
    /// are one group as in synonyms.yml (饭店 finds 面馆 and 粉面馆 there). A registered name that says only its trade
    /// (商贸, 食品: 嘉禾食品 sells food wholesale and retail) is a shop.
    /// </summary>
    private static readonly string[][] KindGroups =
    [
        ["酒店", "大酒店", "饭店", "大饭店", "宾馆", "旅馆", "旅店", "招待所"],
        ["饭店", "大饭店", "饭馆", "餐馆", "餐厅", "餐饮", "酒楼", "快餐店", "小吃店", "面店", "面馆", "粉店", "粉馆", "米粉店", "粉面馆"],
        ["洗衣店", "干洗店", "洗衣", "干洗", "洗衣房"],
        ["果店", "水果店", "水果", "水果行", "果行", "果蔬", "果蔬店", "生鲜", "生鲜店", "鲜果"],
        ["超市", "连锁超市", "便利店", "商店", "商场", "商城", "商行", "购物", "批发", "批发部", "百货", "百货店", "商贸", "食品",
            "副食店", "食杂店", "杂货店", "小卖部", "日用品店", "日用品"],
        ["药店", "药房", "大药房", "药铺", "医药"],
        ["理发店", "美发店", "发廊", "美发", "美容美发"],
    ];

    /// <summary>Each kind of business and every kind it may be called by (its groups' kinds, itself included).</summary>
    private static readonly Dictionary<string, HashSet<string>> SameKinds = KindGroups
        .SelectMany(g => g.Select(kind => (kind, g)))
        .GroupBy(x => x.kind, x => x.g)
        .ToDictionary(x => x.Key, x => x.SelectMany(g => g).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The kinds longest first, so 大酒店 is read before 酒店 and 水果店 before 水果.</summary>
    private static readonly string[] KindsLongestFirst = SameKinds.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The kind of business (of <see cref="KindGroups"/>) a typed word ends with, after a name of two characters or
    /// more (兴旺果店 → 果店, 金盛大酒店 → 大酒店); null when it ends with none.
    /// </summary>
    public static string? KindAtEnd(string word) =>
        KindsLongestFirst.FirstOrDefault(k => word.Length >= k.Length + 2 && word.EndsWith(k, StringComparison.Ordinal));

    /// <summary>The kind of business of <see cref="KindGroups"/> that a registered name goes on with (酒店管理有限公司 → 酒店).</summary>
    private static string? KindAtStart(ReadOnlySpan<char> rest)
    {
        foreach (var k in KindsLongestFirst)
            if (rest.StartsWith(k, StringComparison.Ordinal)) return k;
        return null;
    }

    /// <summary>Whether <paramref name="text"/> starts with a kind of business of <see cref="KindGroups"/> (超市…, 饭店…).</summary>
    public static bool StartsWithKind(ReadOnlySpan<char> text) => KindAtStart(text) is not null;

    /// <summary>Whether <paramref name="word"/> is a kind of business of <see cref="KindGroups"/> (果蔬, 商贸, 洗衣店).</summary>
    public static bool IsKind(string word) => SameKinds.ContainsKey(word);

    /// <summary>
    /// The public parties' names as registered, from <paramref name="name"/> to the end of the kind of business right
    /// after it, where that kind may be called <paramref name="kind"/> (金盛 大酒店 → 金盛酒店, of 金盛酒店管理有限公司;
    /// 兴旺 果店 → 兴旺水果店; 百佳 商场 → 百佳连锁超市): the shop typed with the kind people call it. Empty when no shop of
    /// that name is of such a kind (兴旺 酒店 for 兴旺水果店).
    /// </summary>
    public IReadOnlyList<string> OfSameKind(string name, string kind, DateOnly today)
    {
        var n = QueryText.Normalize(name);
        if (n.Length < 2 || !SameKinds.TryGetValue(kind, out var same)) return [];
        var found = new List<string>();
        foreach (var id in Candidates(byChars, Pairs(n)).Take(MaxRead))
        {
            var e = entries[id];
            if (e.Name.Kind != NameKind.Party || !IsPublic(e.Name, today)) continue;
            for (var at = e.Key.IndexOf(n, StringComparison.Ordinal); at >= 0; at = e.Key.IndexOf(n, at + 1, StringComparison.Ordinal))
            {
                if (KindAtStart(e.Key.AsSpan(at + n.Length)) is { } registered && same.Contains(registered)
                    && e.Key.Substring(at, n.Length + registered.Length) is var stretch && !found.Contains(stretch))
                    found.Add(stretch);
            }
        }
        return found;
    }

    /// <summary>
    /// The nearest public name to a word that found nothing, as the word to search instead: the stretch of a
    /// name that sounds the same (兴望水果店 → 兴旺水果店, 眼睛店 → 眼镜店), or else differs by one syllable.
    /// Null when none is near enough.
    /// </summary>
    public string? Correct(string word, DateOnly today)
    {
        var w = QueryText.Normalize(word);
        if (w.Length >= 4 && w.All(char.IsAsciiLetter)) return FromPinyin(w, today);
        if (w.Length < 2 || !w.All(QueryText.IsHan)) return null;
        var (nearest, inName) = Nearest(w, today);
        if (inName || nearest is not null) return nearest;
        // 百家超市 for 百佳连锁超市: the name misspelt before a trade word that the registered name holds further on,
        // so no stretch of it sounds like the whole word. The name alone, then the word after it as typed; only the name
        // where that word says what kind of business it is (众成化工厂 → 众诚化工: the name has no 厂 to find).
        var kind = KindOfBusiness.Contains(w[^1]);
        foreach (var tail in kind ? (int[])[1, 2] : [2, 1])
            if (w.Length - tail >= 2 && Nearest(w[..^tail], today) is { Text: { } head, InName: false })
                return tail == 1 && kind ? head : head + w[^tail..];
        return null;
    }

    /// <summary>
    /// The stretch of a public name that sounds like <paramref name="w"/> (one syllable may differ from four
    /// characters on), the name with the most public decisions first; InName when <paramref name="w"/> is itself
    /// in a public name (nothing to correct).
    /// </summary>
    private (string? Text, bool InName) Nearest(string w, DateOnly today)
    {
        var syllables = Pinyin.Syllables(w);
        (string Text, int Distance, int Count)? best = null;
        foreach (var id in Candidates(bySyllables, SyllablePairs(syllables), all: w.Length >= 4).Take(MaxRead))
        {
            var e = entries[id];
            if (!IsPublic(e.Name, today)) continue;
            for (var at = 0; at + syllables.Length <= e.Syllables.Length; at++)
            {
                var distance = SyllableDistance(syllables, e.Syllables.AsSpan(at, syllables.Length));
                if (distance > (w.Length >= 4 ? 1 : 0)) continue;
                var text = e.Key.Substring(at, w.Length);
                if (text == w) return (null, true);
                // 假烟 is not 佳眼 of 佳眼镜店: a stretch with more than half its characters other than typed is another word.
                var differing = CharactersDiffering(text, w);
                if (differing > w.Length / 2) continue;
                // 进口食品 is not 锦程食品: a syllable heard wrong is one slip, and a character of another sound beside it a
                // second; two slips in one word are another word (a generic one), not the name.
                if (distance == 1 && differing > 1) continue;
                // 华泰水泥厂 is not 华泰水泥有 of 华泰水泥有限公司, nor 丽人美容院 丽人美容美: a name typed with a word for the kind of
                // business after it, whose sound the name does not go on with. A typo sounds alike, so ends as the name does.
                if (distance == 1 && syllables[^1] != e.Syllables[at + syllables.Length - 1] && at + syllables.Length < e.Syllables.Length) continue;
                var count = e.Name.Decisions.Count(d => d.Until > today);
                if (best is null || distance < best.Value.Distance || (distance == best.Value.Distance && count > best.Value.Count))
                    best = (text, distance, count);
            }
        }
        return (best?.Text, false);
    }

    /// <summary>What a name may be typed with to say what kind of business it is: 厂, 店, 院, 馆 ….</summary>
    private const string KindOfBusiness = "厂店院馆部行社所场";

    private static int CharactersDiffering(string a, string b)
    {
        var n = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] != b[i]) n++;
        return n;
    }

    /// <summary>
    /// The stretch of a public name whose syllables are the pinyin typed (jiahe → 嘉禾, of 嘉禾食品), by the way of
    /// splitting it that matches the name with the most public decisions; null when none does.
    /// </summary>
    private string? FromPinyin(string latin, DateOnly today)
    {
        (string Text, int Count)? best = null;
        foreach (var syllables in Pinyin.Segmentations(latin).Where(s => s.Length >= 2))
            foreach (var id in Candidates(bySyllables, SyllablePairs(syllables)).Take(MaxRead))
            {
                var e = entries[id];
                if (!IsPublic(e.Name, today) || IndexOf(e.Syllables, syllables) is not (>= 0 and var at)) continue;
                var count = e.Name.Decisions.Count(d => d.Until > today);
                if (best is null || count > best.Value.Count) best = (e.Key.Substring(at, syllables.Length), count);
            }
        return best?.Text;
    }

    private static int SyllableDistance(string[] a, ReadOnlySpan<string> b)
    {
        var d = 0;
        for (var i = 0; i < a.Length; i++) if (a[i] != b[i]) d++;
        return d;
    }

    private static int IndexOf(string[] haystack, string[] needle)
    {
        for (var at = 0; at + needle.Length <= haystack.Length; at++)
            if (SyllableDistance(needle, haystack.AsSpan(at, needle.Length)) == 0) return at;
        return -1;
    }

    private static IEnumerable<string> Pairs(string q) =>
        q.Length == 1 ? ["^" + q] : Enumerable.Range(0, q.Length - 1).Select(i => q.Substring(i, 2));

    private static IEnumerable<string> SyllablePairs(string[] s) =>
        Enumerable.Range(0, Math.Max(0, s.Length - 1)).Select(i => s[i] + " " + s[i + 1]);

    /// <summary>
    /// Names holding the rarest of the keys (each name with all keys holds that one too); with
    /// <paramref name="all"/>, names holding any key, for matches allowed one difference.
    /// </summary>
    private static IEnumerable<int> Candidates(Dictionary<string, List<int>> postings, IEnumerable<string> keys, bool all = false)
    {
        var lists = keys.Select(k => postings.GetValueOrDefault(k)).ToList();
        if (lists.Count == 0) return [];
        // One syllable may be off: the two rarest pairs that occur hold the name unless the slip touches both.
        if (all) return lists.OfType<List<int>>().OrderBy(l => l.Count).Take(2).SelectMany(l => l).Distinct();
        if (lists.Any(l => l is null)) return [];
        return lists.MinBy(l => l!.Count)!;
    }
}

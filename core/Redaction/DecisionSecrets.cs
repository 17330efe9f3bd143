using Enforcement.Content;
using Enforcement.Search;

namespace Enforcement.Redaction;

/// <summary>
/// Something a decision's own data says must not be published: its matching form, kind and replacement.
/// <see cref="Part"/>: a part of a name (the given name alone, one half of 阿依古丽·买买提), which counts only
/// where it stands as a name (see <see cref="NameOccurrences"/>). <see cref="Spelled"/>: a name in pinyin
/// (WANGXIAOMING), which counts only as a whole word of Latin letters.
/// </summary>
public sealed record Secret(string Key, string Kind, string Replacement, bool Part = false, bool Spelled = false)
{
    public bool IsName => Kind is MaskKinds.PartyName or MaskKinds.OtherPersonName;
}

/// <summary>The secrets a decision carries in its front matter, beyond what the generic patterns find.</summary>
public static class DecisionSecrets
{
    /// <summary>
    /// A natural-person party's name (when the site masks names) and ID number; the representative, who is a
    /// natural person other than the party; every <c>redact:</c> string, and the shorter forms it may be
    /// restated in (the given name alone, the street and number of an address). Longest first, so that a
    /// longer secret wins where two overlap.
    /// </summary>
    public static IReadOnlyList<Secret> Of(Decision d, SiteSettings site) => Of(d, site, []);

    /// <param name="names">
    /// Names found after role labels in the decision's own text (<see cref="LabelledValues"/>), and the Chinese names people
    /// go by online (kind 联系账号), matched as written wherever they are used again.
    /// </param>
    public static IReadOnlyList<Secret> Of(Decision d, SiteSettings site, IEnumerable<(string Name, string Kind)> names)
    {
        var list = new List<Secret>();
        var party = d.Party;
        var natural = party.Kind == PartyKind.NaturalPerson;
        if (natural && site.MaskPartyNames && !PartyNames.IsMasked(party.Name))
            AddName(list, party.Name, MaskKinds.PartyName);
        if (natural && !string.IsNullOrWhiteSpace(party.Code))
            Add(list, party.Code, MaskKinds.PartyCode, MaskKinds.Replacement(MaskKinds.PartyCode), minLength: 4);
        if (RepresentativeIsSecret(d))
            AddName(list, party.Representative!, MaskKinds.OtherPersonName);
        foreach (var (name, kind) in names)
            if (kind == MaskKinds.Account) Add(list, name, kind, MaskKinds.Replacement(kind), minLength: 3);
            else if (!PartyNames.IsMasked(name) && (natural || !TextFolding.Key(party.Name).Contains(TextFolding.Key(name), StringComparison.Ordinal)))
                AddName(list, name, kind);
        foreach (var s in d.Redact)
        {
            Add(list, s, MaskKinds.Listed, MaskKinds.Replacement(MaskKinds.Listed), minLength: 1);
            foreach (var shorter in AddressForms.Shorter(s))
                Add(list, shorter, MaskKinds.Listed, MaskKinds.Replacement(MaskKinds.Listed), minLength: 5);
            if (LooksLikeName(s)) AddParts(list, s, MaskKinds.Listed, MaskKinds.Replacement(MaskKinds.Listed));
        }
        return list
            .GroupBy(s => s.Key, StringComparer.Ordinal).Select(g => g.OrderBy(s => s.Part).First())
            .OrderByDescending(s => s.Key.Length).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// 法定代表人, 负责人 or 经营者 is a natural person other than the party, whose name the rules keep off the portal.
    /// Except where the party's own published name contains it (王小明副食店): it is public already.
    /// </summary>
    public static bool RepresentativeIsSecret(Decision d)
    {
        var rep = d.Party.Representative;
        if (string.IsNullOrWhiteSpace(rep) || PartyNames.IsMasked(rep)) return false;
        var key = TextFolding.Key(rep);
        if (key.Length < 2) return false;
        return d.Party.Kind == PartyKind.NaturalPerson || !TextFolding.Key(d.Party.Name).Contains(key, StringComparison.Ordinal);
    }

    private static void AddName(List<Secret> list, string name, string kind)
    {
        var replacement = PartyNames.Masked(name);
        Add(list, name, kind, replacement, minLength: 2);
        AddParts(list, name, kind, replacement);
        AddPinyin(list, name, kind, replacement);
    }

    /// <summary>
    /// The name spelled in pinyin, family name first or last (Wang Xiaoming, WANG Xiao-ming, Xiaoming Wang), as
    /// a signature, a passport copy or a foreign-facing document writes it. Toneless pinyin from ICU
    /// (<see cref="Pinyin"/>); a surname read otherwise in names (单 Shan, 曾 Zeng) is spelled as ICU reads it.
    /// </summary>
    private static void AddPinyin(List<Secret> list, string name, string kind, string replacement)
    {
        foreach (var key in SpelledKeys(name)) list.Add(new Secret(key, kind, replacement, Spelled: true));
    }

    /// <summary>The keys (upper-case letters) of a Chinese name spelled in pinyin either way round: WANGXIAOMING, XIAOMINGWANG.</summary>
    internal static IEnumerable<string> SpelledKeys(string name)
    {
        var n = name.Trim();
        if (n.Length is < 2 or > 4 || !n.All(NameOccurrences.IsIdeograph)) yield break;
        var syllables = Pinyin.Syllables(n);
        if (!syllables.All(s => s.Length > 0 && s.All(char.IsAsciiLetter))) yield break;
        var surname = Math.Max(1, Surnames.At(n));
        var given = string.Concat(syllables[surname..]);
        var families = new[] { string.Concat(syllables[..surname]), SurnameReadings.GetValueOrDefault(n[..surname], "") };
        foreach (var family in families.Where(f => f.Length > 0).Distinct())
            foreach (var spelled in new[] { family + given, given + family })
            {
                var key = TextFolding.Key(spelled);
                if (key.Length >= 5) yield return key;
            }
    }

    // Surnames read otherwise than the character's commonest reading, which is what ICU gives (曾 ceng, 单 dan).
    private static readonly Dictionary<string, string> SurnameReadings = new(StringComparer.Ordinal)
    {
        ["曾"] = "zeng", ["单"] = "shan", ["解"] = "xie", ["仇"] = "qiu", ["朴"] = "piao", ["查"] = "zha", ["区"] = "ou",
        ["盖"] = "ge", ["乐"] = "yue", ["缪"] = "miao", ["翟"] = "zhai", ["覃"] = "qin", ["种"] = "chong", ["长孙"] = "zhangsun",
        ["尉迟"] = "yuchi", ["万俟"] = "moqi", ["单于"] = "chanyu", ["秘"] = "bi", ["员"] = "yun", ["繁"] = "po",
    };

    /// <summary>
    /// The parts a name may be used alone in: both halves of 阿依古丽·买买提 or JOHN SMITH, the given name of 王小明
    /// (two characters or more, so that 王五's 五 is not one).
    /// </summary>
    private static void AddParts(List<Secret> list, string name, string kind, string replacement)
    {
        var trimmed = name.Trim();
        var parts = trimmed.Split(['·', '•', '・', '‧', ' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            foreach (var p in parts)
                if (TextFolding.Key(p).Length >= (p.All(char.IsAsciiLetter) ? 3 : 2)) Add(list, p, kind, replacement, 2, part: true);
            return;
        }
        var surname = Surnames.At(trimmed);
        if (surname > 0 && trimmed.Length - surname >= 2 && trimmed.All(NameOccurrences.IsIdeograph))
            Add(list, trimmed[surname..], kind, replacement, 2, part: true);
    }

    private static bool LooksLikeName(string s)
    {
        var t = s.Trim();
        return t.Length is >= 2 and <= 4 && t.All(NameOccurrences.IsIdeograph) && Surnames.At(t) > 0 || t.Contains('·');
    }

    private static void Add(List<Secret> list, string value, string kind, string replacement, int minLength, bool part = false)
    {
        var key = TextFolding.Key(value);
        if (key.Length >= minLength) list.Add(new Secret(key, kind, replacement, part));
    }
}

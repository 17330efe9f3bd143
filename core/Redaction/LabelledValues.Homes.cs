namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>
    /// A note in brackets after an address that says it is where the person lives: 阳明路123号（其住所）; with the brackets
    /// as folding leaves them too (full-width forms become ASCII).
    /// </summary>
    private static readonly string[] HomeNotes = BothBrackets(["其住所", "住所", "其住处", "其家", "其住宅", "系其住所", "其居所", "当事人住所", "住宅", "其家中"]);

    private static readonly char[] OpeningBrackets = ['（', '('];
    private static readonly char[] ClosingBrackets = ['）', ')'];

    /// <summary>
    /// Where each home's note starts, found from the closing brackets (few in a decision) rather than by a search for each
    /// note over the whole text: the gate reads every page with these rules.
    /// </summary>
    private static IEnumerable<int> NotesEnding(string s)
    {
        for (var close = s.IndexOfAny(ClosingBrackets); close >= 0; close = s.IndexOfAny(ClosingBrackets, close + 1))
            foreach (var note in HomeNotes)
                if (s.AsSpan(0, close + 1).EndsWith(note, StringComparison.Ordinal))
                {
                    yield return close + 1 - note.Length;
                    break;
                }
    }

    /// <summary>Where the word for a dwelling before the bracket at <paramref name="open"/> starts (刘冬根家（, 王小明的房屋（), or -1.</summary>
    private static int DwellingWordBefore(string s, int open)
    {
        foreach (var word in DwellingWords)
            if (s.AsSpan(0, open).EndsWith(word, StringComparison.Ordinal)) return open - word.Length;
        return -1;
    }

    private static string[] BothBrackets(string[] words) => [.. words.SelectMany(w => new[] { $"（{w}）", $"({w})" })];

    /// <summary>What an address before a home's note may follow in its clause: 在…, 于…, 将…, 地址为….</summary>
    private const string BeforeAddress = "在于至到为将把：:";

    /// <summary>What a person owns, after its address (名下有…123号房产一套); the first that occurs ends the address (…号商住房一套).</summary>
    private static readonly string[] Properties = ["房产", "房屋", "住房", "住宅", "商品房", "商住房", "商铺", "门面", "不动产", "自建房"];

    /// <summary>A clause about a business or an institution, whose 住所, property and premises are public.</summary>
    private static readonly string[] Organisations =
        ["公司", "企业", "单位", "集团", "合作社", "超市", "商行", "经营部", "门市", "商铺", "公寓", "厂", "店", "协会", "物业", "地产",
         "项目部", "委会", "政府", "银行", "医院", "学校", "药房", "诊所", "机构"];

    /// <summary>Whose dwelling the bracket after it gives: 刘冬根家（…）, 王小明的房屋（…）, 居民熊某某家（…）.</summary>
    private static readonly string[] DwellingWords = ["家", "的房屋", "的房子", "的住房", "的住宅"];

    /// <summary>
    /// Homes the twelfth red team found published: an address a person's decision notes is the person's (在阳明路123号（其住所）
    /// 无证经营; a company's 住所 is its registered address, public), property in a person's name (当事人名下有…123号房产一套;
    /// not a company's), a home given after its owner's name in brackets (刘冬根家（…302室）, 王小明的房屋（…）; a flat or an
    /// estate, not a supermarket's address after 华润万家), and 寓… after a person (王小明寓南昌市…: not 寓居, 寓所, 公寓).
    /// </summary>
    private static void HomesSaidAround(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        foreach (var k in NotesEnding(s))
            if (k > 0 && (policy.NaturalParty || ClauseIsAboutPerson(s, k)) && !OrganisationInClause(s, k) && AddressEndingAt(s, k) is { } home) found.Add(home);
        for (var n = s.IndexOf("名下有", StringComparison.Ordinal); n >= 0; n = s.IndexOf("名下有", n + 3, StringComparison.Ordinal))
            if (OwnerIsPerson(s, n, policy) && PropertyAt(s, n + 3) is { } property) found.Add(property);
        for (var open = s.IndexOfAny(OpeningBrackets); open > 0; open = s.IndexOfAny(OpeningBrackets, open + 1))
            if (DwellingWordBefore(s, open) is var k and > 0 && OwnerIsPerson(s, k, policy)
                && Address(s, open + 1) is { } home && s.AsSpan(home.Start, home.End - home.Start) is var place && place.IndexOfAny("〔：:") < 0
                && NamesAPlace(place) && (IsHome(place) || place.Contains("小区", StringComparison.Ordinal)))
            {
                found.Add(home);
                // 违建位于刘冬根家（…）: whose home it is, named beside it.
                if (NamedOwner(s, k, policy) is { } owner) found.Add(owner);
            }
        for (var k = s.IndexOf('寓'); k > 0; k = s.IndexOf('寓', k + 1))
            if (k + 1 < s.Length && s[k + 1] is not ('所' or '居' or '于')
                && (s[k - 1] is '，' or ',' or '\n' && (policy.NaturalParty || ClauseIsAboutPerson(s, k)) || OwnerIsPerson(s, k, policy))
                && !OrganisationInClause(s, k) && Address(s, k + 1) is { } home && NamesAPlace(s.AsSpan(home.Start, home.End - home.Start)))
                found.Add(home);
    }

    /// <summary>
    /// A person straight before <paramref name="end"/>: a name (刘冬根, 熊某某), or in a person's decision the party (当事人, 其,
    /// 本人); not a company written short (万科的房屋, 江西建工名下).
    /// </summary>
    private static bool OwnerIsPerson(string s, int end, LabelPolicy policy)
    {
        var before = s.AsSpan(0, end);
        if (before.EndsWith("当事人", StringComparison.Ordinal) || before.EndsWith("本人", StringComparison.Ordinal) || before.EndsWith("其", StringComparison.Ordinal))
            return policy.NaturalParty && !OrganisationInClause(s, end);
        if (before.EndsWith("某某", StringComparison.Ordinal) || before.EndsWith("某", StringComparison.Ordinal)) return true;
        if (policy.NaturalParty && policy.PartyName.Length >= 2 && before.EndsWith(policy.PartyName, StringComparison.Ordinal)) return true;
        return NamedOwner(s, end, policy) is not null;
    }

    /// <summary>A name of three characters straight before <paramref name="end"/>: two are as often a company's short name (万科, 华润) as a person's.</summary>
    private static LabelledValue? NamedOwner(string s, int end, LabelPolicy policy) =>
        end >= 3 && s.Substring(end - 3, 3) is var name && name.All(NameOccurrences.IsIdeograph) && IsPersonsName(name, policy) && !Organisations.Any(name.Contains)
            ? new(end - 3, end, MaskKinds.OtherPersonName, name) : null;

    /// <summary>Whether the clause before <paramref name="end"/> names a business or an institution.</summary>
    private static bool OrganisationInClause(string s, int end)
    {
        var from = end;
        while (from > 0 && end - from < 40 && s[from - 1] is not ('。' or '；' or ';' or '\n')) from--;
        var clause = s.AsSpan(from, end - from);
        foreach (var w in Organisations) if (clause.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The address that ends at <paramref name="end"/>, opening its clause or after 在, 于, 为 … in it.</summary>
    private static LabelledValue? AddressEndingAt(string s, int end)
    {
        var start = end;
        while (start > 0 && end - start < 60 && s[start - 1] is not ('，' or ',' or '。' or '；' or ';' or '\n' or '（' or '(' or '）' or ')' or '、' or '【' or '】' or ' ')) start--;
        // After the word it follows (当事人在…: not 当事人 with it); else the whole clause (，南昌市…123号（其住所）).
        for (var p = start + 1; p < end - 3; p++)
            if (BeforeAddress.Contains(s[p - 1]) && HomeFrom(s, p, end) is { } home) return home;
        return HomeFrom(s, start, end);
    }

    /// <summary>
    /// The address from <paramref name="at"/> to the note at <paramref name="end"/>. The address reader may take the note with
    /// it (…123号（住宅） reads as an estate's bracket): the address ends before it.
    /// </summary>
    private static LabelledValue? HomeFrom(string s, int at, int end) =>
        Address(s, at) is { } home && (home.End == end || home.End > end && s.AsSpan(end, home.End - end).IndexOfAny("，,。；;") < 0)
        && s.AsSpan(at, end - at) is var place && NamesAPlace(place) && !NamesInstitution(place) ? home with { End = end } : null;

    /// <summary>The address of a property after 名下有, up to the word for the property.</summary>
    private static LabelledValue? PropertyAt(string s, int at)
    {
        var window = s.AsSpan(at, Math.Min(50, s.Length - at));
        var stop = window.IndexOfAny("，,。；;\n");
        if (stop >= 0) window = window[..stop];
        var first = -1;
        foreach (var word in Properties)
            if (window.IndexOf(word, StringComparison.Ordinal) is var k and >= 0 && (first < 0 || k < first)) first = k;
        return first >= 4 && window[..first] is var place && NamesAPlace(place) && place.IndexOf('【') < 0 && !NamesInstitution(place)
            ? new(at, at + first, MaskKinds.Address) : null;
    }
}

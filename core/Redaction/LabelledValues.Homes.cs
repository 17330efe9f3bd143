namespace Enforcement.Redaction;

public static partial class LabelledValues
{
    /// <summary>A note in brackets after an address that says it is where the person lives: 阳明路123号（其住所）.</summary>
    private static readonly string[] HomeNotes =
        ["（其住所）", "(其住所)", "（住所）", "（其住处）", "（其家）", "（其住宅）", "（系其住所）", "（其居所）", "（当事人住所）", "（住宅）", "（其家中）"];

    /// <summary>What an address before a home's note may follow in its clause: 在…, 于…, 至…, 地址为….</summary>
    private const string BeforeAddress = "在于至到为：:";

    /// <summary>What a person owns and lives in, after its address: 名下有…123号房产一套.</summary>
    private static readonly string[] Properties = ["房产", "房屋", "住房", "住宅", "商品房", "不动产", "自建房"];

    /// <summary>Who may own property that is no one's home: 公司名下有…号房产 is the company's.</summary>
    private static readonly string[] NotPersons = ["公司", "企业", "单位", "集团", "合作社", "厂", "店", "中心", "协会"];

    /// <summary>Whose dwelling the bracket after it gives: 刘冬根家（…）, 王小明的房屋（…）, 居民熊某某家（…）.</summary>
    private static readonly string[] DwellingsBeforeBrackets = ["家（", "家(", "的房屋（", "的房屋(", "的房子（", "的住房（", "的住宅（"];

    /// <summary>
    /// Homes the twelfth red team found published: an address the decision notes is the person's (在阳明路123号（其住所）无证经营),
    /// property in a person's name (名下有…123号房产一套), a home given after its owner's name in brackets (刘冬根家（…302室）,
    /// 王小明的房屋（…）), and 寓… (how a heading may give where a person lives).
    /// </summary>
    private static void HomesSaidAround(string s, LabelPolicy policy, List<LabelledValue> found)
    {
        foreach (var note in HomeNotes)
            for (var k = s.IndexOf(note, StringComparison.Ordinal); k > 0; k = s.IndexOf(note, k + note.Length, StringComparison.Ordinal))
                if (AddressEndingAt(s, k) is { } home) found.Add(home);
        for (var n = s.IndexOf("名下有", StringComparison.Ordinal); n >= 0; n = s.IndexOf("名下有", n + 3, StringComparison.Ordinal))
            if (!EndsWithAny(s, n, NotPersons) && PropertyAt(s, n + 3) is { } property) found.Add(property);
        foreach (var word in DwellingsBeforeBrackets)
            for (var k = s.IndexOf(word, StringComparison.Ordinal); k > 0; k = s.IndexOf(word, k + word.Length, StringComparison.Ordinal))
                if ((PersonBefore(s, k, policy) || s.AsSpan(0, k).EndsWith("某", StringComparison.Ordinal))
                    && Address(s, k + word.Length) is { } home && s.AsSpan(home.Start, home.End - home.Start) is var place
                    && place.IndexOfAny("〔：:") < 0 && NamesAPlace(place) && !NamesInstitution(place)) found.Add(home);
        // 当事人寓南昌市青山湖区上坊村45号: 寓 for lives, after the person or opening a clause (not 公寓, 寓所).
        for (var k = s.IndexOf('寓'); k > 0; k = s.IndexOf('寓', k + 1))
            if (s[k - 1] is '，' or ',' or '。' or '\n' or '现' or '人' && k + 1 < s.Length && s[k + 1] != '所' && Address(s, k + 1) is { } home && NamesAPlace(s.AsSpan(home.Start, home.End - home.Start)))
                found.Add(home);
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

    private static LabelledValue? HomeFrom(string s, int at, int end) =>
        Address(s, at) is { } home && home.End == end && s.AsSpan(at, end - at) is var place && NamesAPlace(place) && !NamesInstitution(place) ? home : null;

    /// <summary>The address of a property after 名下有, up to the word for the property.</summary>
    private static LabelledValue? PropertyAt(string s, int at)
    {
        var window = s.AsSpan(at, Math.Min(50, s.Length - at));
        var stop = window.IndexOfAny("，,。；;\n");
        if (stop >= 0) window = window[..stop];
        foreach (var word in Properties)
            if (window.IndexOf(word, StringComparison.Ordinal) is var k and >= 4 && window[..k] is var place
                && NamesAPlace(place) && place.IndexOf('【') < 0 && !NamesInstitution(place)) return new(at, at + k, MaskKinds.Address);
        return null;
    }

    private static bool EndsWithAny(string s, int end, string[] words)
    {
        foreach (var w in words) if (s.AsSpan(0, end).EndsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }
}

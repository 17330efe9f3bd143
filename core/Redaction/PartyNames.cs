namespace Enforcement.Redaction;

/// <summary>Natural persons' names shown as surname + 某某 (王小明 → 王某某, 欧阳小明 → 欧阳某某).</summary>
public static class PartyNames
{
    /// <summary>复姓: two-character surnames (from 百家姓 and those common today).</summary>
    private static readonly HashSet<string> CompoundSurnames = new(StringComparer.Ordinal)
    {
        "欧阳", "太史", "端木", "上官", "司马", "东方", "独孤", "南宫", "万俟", "闻人", "夏侯", "诸葛", "尉迟", "公羊",
        "赫连", "澹台", "皇甫", "宗政", "濮阳", "公冶", "太叔", "申屠", "公孙", "慕容", "仲孙", "钟离", "长孙", "宇文",
        "司徒", "鲜于", "司空", "闾丘", "子车", "亓官", "司寇", "巫马", "公西", "颛孙", "壤驷", "公良", "漆雕", "乐正",
        "宰父", "谷梁", "拓跋", "夹谷", "轩辕", "令狐", "段干", "百里", "呼延", "东郭", "南门", "羊舌", "微生", "公户",
        "公玉", "公仪", "梁丘", "公仲", "公上", "公门", "公山", "公坚", "左丘", "公伯", "西门", "公祖", "第五", "公乘",
        "贯丘", "公皙", "南荣", "东里", "东宫", "仲长", "子书", "子桑", "即墨", "达奚", "褚师", "单于", "呼衍", "淳于",
    };

    public const string Mask = "某某";

    internal static bool IsCompoundSurname(ReadOnlySpan<char> two) => CompoundLookup.Contains(two);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundLookup = CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The surname: a compound surname when the name has at least three characters and starts with one.</summary>
    public static string Surname(string name)
    {
        var n = Compact(name);
        if (n.Length == 0) return "";
        if (n.Length >= 3 && CompoundSurnames.Contains(n[..2])) return n[..2];
        return char.IsSurrogatePair(n, 0) ? n[..2] : n[..1];
    }

    /// <summary>王小明 → 王某某; a name already masked stays as it is, but one masked by half (张*国) shows only its surname.</summary>
    public static string Masked(string name) => IsMasked(name) && !ShowsGivenName(name) ? name.Trim() : Surname(name) + Mask;

    /// <summary>Whether a name masked with stars or 某 still shows a character of the given name (张*国, 张建*, 熊某华; not 王** or 王某).</summary>
    private static bool ShowsGivenName(string name) =>
        name.AsSpan().IndexOfAny('*', '＊', '某') >= 0 && name.Count(c => c is >= '\u4E00' and <= '\u9FFF' && c != '某') >= 2;

    /// <summary>Whether staff already wrote the name masked (王某某, 王某, 王××, 王**).</summary>
    public static bool IsMasked(string name) =>
        name.Contains('某') || name.Contains('×') || name.Contains('*') || name.Contains('＊');

    /// <summary>The name without the spaces used to align short names in forms (王  五).</summary>
    private static string Compact(string name) => string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
}

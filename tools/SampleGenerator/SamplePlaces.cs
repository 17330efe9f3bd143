namespace Enforcement.Sample;

/// <summary>A county-level area of 宜春市 with its 行政区划代码 and places to put shops and homes in.</summary>
internal sealed record Area(
    string Name,          // 宜春市袁州区
    string Short,         // 袁州区
    string Code,          // 360902: 居民身份证 and 统一社会信用代码 area code
    string OldCode,       // 362201: the code 15-digit IDs issued before 2000 carry
    string[] Streets,
    string[] Towns);

internal static class SamplePlaces
{
    public static readonly Area Yuanzhou = new("宜春市袁州区", "袁州区", "360902", "362201",
        ["宜阳大道", "中山路", "秀江路", "袁山大道", "明月北路", "东风大街", "鼓楼路", "宜春北路", "化成路", "春台路", "环城南路", "高士路"],
        ["新坊乡", "洪塘镇", "慈化镇", "西村镇", "三阳镇", "温汤镇", "水江镇", "竹亭镇"]);

    public static readonly Area Zhangshu = new("樟树市", "樟树市", "360982", "362202",
        ["药都南大道", "府前路", "建设路", "清江大道", "淦阳路", "四特大道"],
        ["临江镇", "永泰镇", "黄土岗镇", "经楼镇", "阁山镇", "店下镇"]);

    public static readonly Area Fengcheng = new("丰城市", "丰城市", "360981", "362202",
        ["新城大道", "剑邑大道", "龙津大道", "人民路", "紫云路", "丰水路"],
        ["剑南街道", "曲江镇", "张巷镇", "尚庄街道", "同田乡", "荣塘镇"]);

    public static readonly Area Gaoan = new("高安市", "高安市", "360983", "362203",
        ["瑞阳大道", "高安大道", "筠州路", "凤凰路", "锦江路", "八景路"],
        ["筠阳街道", "祥符镇", "大城镇", "新街镇", "汪家圩乡", "灰埠镇"]);

    public static readonly Area Fengxin = new("奉新县", "奉新县", "360921", "362226",
        ["冯川大道", "应星路", "赤田路", "百丈路"], ["冯川镇", "赤岸镇", "宋埠镇", "会埠镇"]);

    public static readonly Area Wanzai = new("万载县", "万载县", "360922", "362227",
        ["康乐路", "龙河路", "阳乐大道", "城南路"], ["康乐街道", "株潭镇", "高城镇", "三兴镇"]);

    public static readonly Area Shanggao = new("上高县", "上高县", "360923", "362228",
        ["敖阳路", "镜山大道", "锦绣大道", "沿江路"], ["敖阳街道", "泗溪镇", "翰堂镇", "徐家渡镇"]);

    public static readonly Area Jingan = new("靖安县", "靖安县", "360925", "362229",
        ["双溪路", "永兴路", "安福路"], ["双溪镇", "仁首镇", "宝峰镇", "香田乡"]);

    public static readonly Area[] All = [Yuanzhou, Zhangshu, Fengcheng, Gaoan, Fengxin, Wanzai, Shanggao, Jingan];

    /// <summary>Where a home address comes from when the person lives outside 宜春 (IDs from elsewhere).</summary>
    public static readonly (string Code, string Province)[] OtherPlaces =
    [
        ("360102", "江西省南昌市东湖区"), ("360403", "江西省九江市浔阳区"), ("430124", "湖南省长沙市宁乡市"),
        ("362502", "江西省抚州市临川区"), ("430521", "湖南省邵阳市邵东市"), ("350102", "福建省福州市鼓楼区"),
    ];

    private static readonly string[] Villages = ["上屋", "下屋", "新屋", "彭家", "刘家", "塘背", "坪上", "山下", "黄泥坑", "枫树"];

    /// <summary>A home address: always ends in 室 or 号 after a 组, a form no business address in the sample takes.</summary>
    public static string Home(Random rng, Area area)
    {
        if (rng.Next(3) == 0)
            return $"{area.Name}{area.Towns[rng.Next(area.Towns.Length)]}{Villages[rng.Next(Villages.Length)]}村{rng.Next(1, 12)}组{rng.Next(1, 60)}号";
        return $"{area.Name}{area.Streets[rng.Next(area.Streets.Length)]}{rng.Next(1, 400)}号{Estates[rng.Next(Estates.Length)]}"
            + $"{rng.Next(1, 20)}栋{rng.Next(1, 4)}单元{rng.Next(1, 18)}0{rng.Next(1, 5)}室";
    }

    private static readonly string[] Estates = ["", "", "锦绣家园", "阳光花园", "秀江御景", "世纪新城", "明月小区", "金域名都"];

    /// <summary>A shop's or office's address: a street number, sometimes a shopfront; never a flat or a village group.</summary>
    public static string Business(Random rng, Area area) => rng.Next(3) switch
    {
        0 => Town(rng, area) is var town ? $"{area.Name}{town}{Stem(town)}街{rng.Next(1, 200)}号" : "",
        1 => $"{area.Name}{area.Streets[rng.Next(area.Streets.Length)]}{rng.Next(1, 500)}号{rng.Next(1, 30)}号门面",
        _ => $"{area.Name}{area.Streets[rng.Next(area.Streets.Length)]}{rng.Next(1, 500)}号",
    };

    /// <summary>A works in an industrial park.</summary>
    public static string Industrial(Random rng, Area area) => rng.Next(3) == 0
        ? $"{area.Name}{Town(rng, area)}工业小区{rng.Next(1, 40)}号"
        : $"{area.Name}工业园区{IndustrialRoads[rng.Next(IndustrialRoads.Length)]}{rng.Next(1, 99)}号";

    private static string Town(Random rng, Area area) => area.Towns[rng.Next(area.Towns.Length)];

    private static string Stem(string town) => town.EndsWith("街道", StringComparison.Ordinal) ? town[..^2] : town[..^1];

    private static readonly string[] IndustrialRoads = ["创业路", "科技大道", "春风路", "新材料大道", "锂电路", "工业大道"];
}

using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>Invents a body's 执法人员清单: public names, unique certificates, some suspended or revoked.</summary>
internal static class SampleOfficers
{
    private static readonly string[] CityAmrUnits = ["执法稽查局", "食品经营安全监督管理科", "价格监督检查和反不正当竞争科", "特种设备安全监察科", "广告监督管理科"];
    private static readonly string[] CityAmrPositions = ["局长", "副局长", "科长", "副科长", "一级主任科员", "四级主任科员", "科员"];
    private static readonly string[] CountyAmrPositions = ["大队长", "副大队长", "所长", "副所长", "执法队员", "科员"];
    private static readonly string[] CommerceUnits = ["市场建设和秩序科", "商贸流通科", "综合行政执法大队"];
    private static readonly string[] MiitUnits = ["节能与综合利用科", "安全生产和民爆科", "政策法规科"];
    private static readonly string[] Positions = ["科长", "副科长", "一级主任科员", "二级主任科员", "科员"];

    public static IReadOnlyList<Officer> For(SampleBody body, Random rng, DateOnly anchor)
    {
        var count = body.Agency switch
        {
            Agency.Amr => body.Slug == "yichun-amr" ? 14 : 10,
            Agency.Commerce => 7,
            _ => 6,
        };
        var serials = new HashSet<int>();
        var names = new HashSet<string>();
        var list = new List<Officer>(count);
        while (list.Count < count)
        {
            var name = SampleNames.Public(rng);
            if (!names.Add(name)) continue;
            int serial;
            do serial = rng.Next(10_000, 100_000); while (!serials.Add(serial));
            var (unit, position, categories) = Role(body, rng);
            var roll = rng.Next(100);
            var status = roll < 8 ? OfficerStatus.Suspended : roll < 14 ? OfficerStatus.Revoked : OfficerStatus.Active;
            DateOnly? validUntil = rng.Next(5) < 2 ? new DateOnly(anchor.Year + rng.Next(-1, 4), 12, 31) : null;
            list.Add(new Officer(name, $"3609{body.CertificateCode}{serial}", body.Slug, unit, position, categories,
                body.Area.Name, status, validUntil));
        }
        return list;
    }

    private static (string Unit, string Position, IReadOnlyList<string> Categories) Role(SampleBody body, Random rng)
    {
        switch (body.Agency)
        {
            case Agency.Amr when body.Slug == "yichun-amr":
            {
                var unit = CityAmrUnits[rng.Next(CityAmrUnits.Length)];
                IReadOnlyList<string> categories = unit.StartsWith("食品", StringComparison.Ordinal) ? ["市场监管综合执法", "食品安全"]
                    : unit.StartsWith("特种", StringComparison.Ordinal) ? ["市场监管综合执法", "特种设备安全"]
                    : ["市场监管综合执法"];
                return (unit, CityAmrPositions[2 + rng.Next(CityAmrPositions.Length - 2)], categories);
            }
            case Agency.Amr:
            {
                var town = body.Area.Towns[rng.Next(body.Area.Towns.Length)];
                var unit = rng.Next(2) == 0 ? "综合行政执法大队" : $"{town}市场监督管理所";
                return (unit, CountyAmrPositions[rng.Next(CountyAmrPositions.Length)], ["市场监管综合执法"]);
            }
            case Agency.Commerce:
                return (CommerceUnits[rng.Next(CommerceUnits.Length)], Positions[rng.Next(Positions.Length)], ["商务综合执法"]);
            default:
            {
                var unit = MiitUnits[rng.Next(MiitUnits.Length)];
                IReadOnlyList<string> categories = unit.Contains("民爆", StringComparison.Ordinal) ? ["民用爆炸物品安全监管"] : ["工业节能监察"];
                return (unit, Positions[rng.Next(Positions.Length)], categories);
            }
        }
    }
}

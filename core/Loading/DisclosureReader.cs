using Enforcement.Content;

namespace Enforcement.Loading;

/// <summary>content/disclosure/&lt;body&gt;.yml: services (服务指南), discretion (裁量基准), legalReview (法制审核目录).</summary>
internal static class DisclosureReader
{
    private static readonly string[] ServiceKeys =
    [
        "name", "power", "basis", "agency", "timeLimit", "supervision", "accountability", "remedy", "officeHours", "address", "phone",
    ];

    public static BodyDisclosure Read(string bodySlug, YamlMap map)
    {
        map.RejectUnknownKeys("services", "discretion", "legalReview");
        return new(
            BodySlug: bodySlug,
            Services: map.MapList("services").Select(ReadService).ToList(),
            Discretion: map.MapList("discretion").Select(ReadStandard).ToList(),
            LegalReview: map.MapList("legalReview").Select(ReadLegalReview).ToList());
    }

    private static ServiceGuide ReadService(YamlMap m)
    {
        m.RejectUnknownKeys(ServiceKeys);
        return new ServiceGuide(
            Name: m.Required("name"),
            Basis: m.Required("basis"),
            Agency: m.Required("agency"),
            TimeLimit: m.Required("timeLimit"),
            Supervision: m.Required("supervision"),
            Accountability: m.Required("accountability"),
            Remedy: m.Required("remedy"),
            OfficeHours: m.Optional("officeHours") ?? "",
            Address: m.Optional("address") ?? "",
            Phone: m.Optional("phone") ?? "") { Power = m.Optional("power") };
    }

    private static LegalReviewItem ReadLegalReview(YamlMap m)
    {
        m.RejectUnknownKeys("item", "scope", "basis", "reviewer");
        return new LegalReviewItem(m.Required("item"), m.Required("scope"), m.Required("basis"), m.Required("reviewer"));
    }

    private static DiscretionStandard ReadStandard(YamlMap m)
    {
        m.RejectUnknownKeys("id", "power", "violation", "basis", "levels");
        var id = m.Required("id");
        if (id.Length > 0 && !ContentLoader.IsSlug(id))
            m.Error("id", $"'{id}' 只能用小写字母、数字和连字符 (used in the page address)");
        return new DiscretionStandard(
            Id: id,
            Violation: m.Required("violation"),
            Basis: m.Required("basis"),
            Levels: m.MapList("levels", required: true).Select(ReadLevel).ToList())
        { Power = m.Optional("power") };
    }

    private static DiscretionLevel ReadLevel(YamlMap m)
    {
        m.RejectUnknownKeys("grade", "circumstances", "penalty");
        return new DiscretionLevel(m.Required("grade"), m.Required("circumstances"), m.Required("penalty"));
    }
}

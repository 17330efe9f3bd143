using Enforcement.Content;

namespace Enforcement.Loading;

internal static class BodyReader
{
    public static readonly string[] Kinds = ["行政机关", "法律法规授权组织", "受委托组织"];
    public static readonly string[] PowerCategories = ["行政处罚", "行政强制", "行政检查", "行政许可", "行政征收", "行政确认", "其他"];

    /// <summary>Every key a body's file may have; any other is reported (<see cref="YamlMap.RejectUnknownKeys"/>).</summary>
    private static readonly string[] Keys =
    [
        "name", "kind", "creditCode", "address", "phone", "officeHours", "duties", "powers", "randomInspections", "remedies",
        "processes", "notify", "aliases",
    ];

    private static readonly string[] PowerKeys = ["id", "name", "category", "basis", "unit"];

    private static readonly string[] RandomInspectionKeys =
        ["item", "subject", "basis", "targets", "content", "ratio", "method", "frequency", "agency"];

    public static Body Read(string slug, YamlMap map)
    {
        map.RejectUnknownKeys(Keys);
        var kind = map.Required("kind");
        if (kind.Length > 0 && !Kinds.Contains(kind))
            map.Error("kind", $"取值 '{kind}' 无效，应为 {string.Join(" | ", Kinds)} (unknown value)");
        var remedies = map.Map("remedies", required: true)?.RejectUnknownKeys("reconsideration", "litigation");
        return new Body(
            Slug: slug,
            Name: map.Required("name"),
            Kind: kind,
            CreditCode: map.Required("creditCode"),
            Address: map.Required("address"),
            Phone: map.Required("phone"),
            OfficeHours: map.Optional("officeHours") ?? "",
            Duties: map.StringList("duties", required: true),
            Powers: map.MapList("powers").Select(ReadPower).ToList(),
            RandomInspections: map.MapList("randomInspections").Select(ReadRandomInspection).ToList(),
            Remedies: new Remedies(remedies?.Required("reconsideration") ?? "", remedies?.Required("litigation") ?? ""),
            Processes: map.StringList("processes"),
            Notify: map.Optional("notify"),
            Aliases: map.StringList("aliases"));
    }

    private static RandomInspection ReadRandomInspection(YamlMap m)
    {
        m.RejectUnknownKeys(RandomInspectionKeys);
        return new RandomInspection(
            m.Required("item"), m.Required("basis"), m.Optional("targets") ?? "", m.Optional("ratio") ?? "",
            m.Optional("frequency") ?? "", m.Optional("method") ?? "")
        {
            Subject = m.Optional("subject") ?? "",
            Content = m.Optional("content") ?? "",
            Agency = m.Optional("agency") ?? "",
        };
    }

    private static Power ReadPower(YamlMap m)
    {
        m.RejectUnknownKeys(PowerKeys);
        var category = m.Required("category");
        if (category.Length > 0 && !PowerCategories.Contains(category))
            m.Error("category", $"取值 '{category}' 无效，应为 {string.Join(" | ", PowerCategories)} (unknown value)");
        return new Power(m.Required("name"), category, m.Required("basis")) { Id = m.Optional("id"), Unit = m.Optional("unit") ?? "" };
    }
}

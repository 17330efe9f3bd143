using Enforcement.Content;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

internal static class ProcessReader
{
    public static readonly Dictionary<string, StepKind> Kinds = new()
    {
        ["start"] = StepKind.Start,
        ["step"] = StepKind.Step,
        ["decision"] = StepKind.Decision,
        ["end"] = StepKind.End,
        ["开始"] = StepKind.Start,
        ["步骤"] = StepKind.Step,
        ["环节"] = StepKind.Step,
        ["判断"] = StepKind.Decision,
        ["结束"] = StepKind.End,
    };

    public static ProcessChart Read(string slug, YamlMap map)
    {
        map.RejectUnknownKeys("title", "basis", "steps");
        return new(slug, map.Required("title"), map.Optional("basis") ?? "", map.MapList("steps", required: true).Select(ReadStep).ToList());
    }

    private static ProcessStep ReadStep(YamlMap m)
    {
        m.RejectUnknownKeys("id", "label", "kind", "timeLimit", "basis", "next");
        return new(
            Id: m.Required("id"),
            Label: m.Required("label"),
            Kind: m.RequiredEnum("kind", Kinds, StepKind.Step),
            TimeLimit: m.Optional("timeLimit"),
            Basis: m.Optional("basis"),
            Next: ReadNext(m));
    }

    private static List<ProcessTransition> ReadNext(YamlMap m)
    {
        var node = m.Node("next");
        if (node is null) return [];
        if (node is YamlScalarNode { Value: { } single }) return [new ProcessTransition(single.Trim(), null)];
        if (node is not YamlSequenceNode seq) { m.Error("next", "应为步骤 id 的列表 (expected a list of step ids)", node); return []; }
        var list = new List<ProcessTransition>();
        var i = 0;
        foreach (var item in seq)
        {
            switch (item)
            {
                case YamlScalarNode { Value: { } to } when to.Trim().Length > 0:
                    list.Add(new ProcessTransition(to.Trim(), null));
                    break;
                case YamlMappingNode mapping:
                    var t = new YamlMap(mapping, m.File, m.KeyPath($"next[{i}]"), m.Errors, m.LineOffset).RejectUnknownKeys("to", "label");
                    list.Add(new ProcessTransition(t.Required("to"), t.Optional("label")));
                    break;
                default:
                    m.Error($"next[{i}]", "应为步骤 id 或 {to, label} (expected a step id or {to, label})", item);
                    break;
            }
            i++;
        }
        return list;
    }
}

using Enforcement.Content;

namespace Enforcement.Validation;

/// <summary>
/// References the 事前/事后公开 content makes: disclosure files to bodies, standards and decisions to a
/// body's powers and standards, decisions and inspections to officers and decisions; ids are unique.
/// </summary>
public static class DisclosureReferences
{
    public static IEnumerable<ContentError> Check(PortalContent content)
    {
        var bodies = content.Bodies.ToDictionary(b => b.Slug, StringComparer.Ordinal);
        var certificates = content.Officers.Select(o => o.Certificate).ToHashSet(StringComparer.Ordinal);
        var disclosures = content.Disclosures.GroupBy(d => d.BodySlug).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decisionsByNumber = content.Decisions.Where(d => d.Number.Length > 0).GroupBy(d => d.Number)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        HashSet<string> PowerIds(string body) => bodies.TryGetValue(body, out var b)
            ? b.Powers.Select(p => p.Id).OfType<string>().ToHashSet(StringComparer.Ordinal) : [];

        foreach (var body in content.Bodies)
            foreach (var group in body.Powers.Select((p, i) => (p.Id, i)).Where(x => x.Id is not null).GroupBy(x => x.Id).Where(g => g.Count() > 1))
                foreach (var (id, i) in group.Skip(1))
                    yield return new ContentError($"bodies/{body.Slug}.yml", $"powers[{i}].id", $"权责事项 id '{id}' 重复 (duplicate power id)");

        foreach (var disclosure in content.Disclosures)
        {
            var file = $"disclosure/{disclosure.BodySlug}.yml";
            if (!bodies.ContainsKey(disclosure.BodySlug))
            {
                yield return new ContentError(file, "", $"执法主体 '{disclosure.BodySlug}' 不存在 (no bodies/{disclosure.BodySlug}.yml)");
                continue;
            }
            var powers = PowerIds(disclosure.BodySlug);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < disclosure.Discretion.Count; i++)
            {
                var standard = disclosure.Discretion[i];
                if (standard.Id.Length > 0 && !ids.Add(standard.Id))
                    yield return new ContentError(file, $"discretion[{i}].id", $"裁量基准 id '{standard.Id}' 重复 (duplicate id)");
                if (standard.Power is { } power && !powers.Contains(power))
                    yield return new ContentError(file, $"discretion[{i}].power", UnknownPower(power, disclosure.BodySlug));
            }
            for (var i = 0; i < disclosure.Services.Count; i++)
                if (disclosure.Services[i].Power is { } power && !powers.Contains(power))
                    yield return new ContentError(file, $"services[{i}].power", UnknownPower(power, disclosure.BodySlug));
        }

        foreach (var d in content.Decisions)
        {
            // A decision of an unknown body is reported once, for its body (CrossReferences), not again for each id of it.
            if (!bodies.ContainsKey(d.BodySlug)) continue;
            int? Line(string key) => d.KeyLines.TryGetValue(key, out var l) ? l : null;
            if (d.Power is { } power && !PowerIds(d.BodySlug).Contains(power))
                yield return new ContentError(d.SourcePath, "power", UnknownPower(power, d.BodySlug), Line("power"));
            if (d.Discretion is { } standard && !(disclosures.TryGetValue(d.BodySlug, out var disc) && disc.Discretion.Any(s => s.Id == standard)))
                yield return new ContentError(d.SourcePath, "discretion",
                    $"裁量基准 '{standard}' 不在 disclosure/{d.BodySlug}.yml 的 discretion 中 (unknown discretion standard)", Line("discretion"));
            for (var i = 0; i < d.CaseOfficers.Count; i++)
                if (!certificates.Contains(d.CaseOfficers[i]))
                    yield return new ContentError(d.SourcePath, $"officers[{i}]", $"执法证号 {d.CaseOfficers[i]} 不在任何执法人员清单中 (unknown certificate)", Line("officers"));
        }

        foreach (var task in content.Inspections)
        {
            int? Line(string key) => task.KeyLines.TryGetValue(key, out var l) ? l : null;
            if (task.BodySlug.Length > 0 && !bodies.TryGetValue(task.BodySlug, out var body))
                yield return new ContentError(task.SourcePath, "body", $"执法主体 '{task.BodySlug}' 不存在 (unknown body slug)", Line("body"));
            else if (task.Item.Length > 0 && bodies.TryGetValue(task.BodySlug, out body) && !body.RandomInspections.Any(r => r.Item == task.Item))
                yield return new ContentError(task.SourcePath, "item",
                    $"'{task.Item}' 不在 bodies/{task.BodySlug}.yml 的随机抽查事项清单中 (not one of the body's randomInspections items)", Line("item"));
            for (var i = 0; i < task.Officers.Count; i++)
                if (!certificates.Contains(task.Officers[i]))
                    yield return new ContentError(task.SourcePath, $"officers[{i}]", $"执法证号 {task.Officers[i]} 不在任何执法人员清单中 (unknown certificate)", Line("officers"));
            for (var i = 0; i < task.Results.Count; i++)
            {
                if (task.Results[i].Decision is not { } number) continue;
                var key = $"results[{i}].decision";
                if (!decisionsByNumber.TryGetValue(number, out var decision))
                    yield return new ContentError(task.SourcePath, key, $"文书号 {number} 不是任何处罚决定书的文书号 (unknown decision number)", Line(key));
                else if (decision.BodySlug != task.BodySlug)
                    yield return new ContentError(task.SourcePath, key, $"文书号 {number} 是另一执法主体的决定 (decision of another body)", Line(key));
            }
        }

    }

    private static string UnknownPower(string id, string body) =>
        $"权责事项 '{id}' 不在 bodies/{body}.yml 的 powers 中 (unknown power id)";
}

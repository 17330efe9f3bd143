using Enforcement.Content;

namespace Enforcement.Validation;

/// <summary>Checks that hold across files: references resolve, identifiers are unique.</summary>
public static class CrossReferences
{
    /// <summary>Free pages may not take a path the portal itself serves.</summary>
    public static readonly string[] ReservedPaths = ["bodies", "officers", "processes", "decisions", "search", "corrections", "api", "assets", "inspections", "statistics"];

    /// <summary>
    /// An unknown body named in a decision; written as the body's name (宜春市市场监督管理局) or one of its everyday
    /// names, as staff who do not know the files' names will, the message gives the slug to write instead.
    /// </summary>
    public static string UnknownBody(string written, IEnumerable<Body> bodies) =>
        bodies.FirstOrDefault(b => b.Name == written || (b.Aliases ?? []).Contains(written)) is { } meant
            ? $"执法主体应写它的代号 '{meant.Slug}'（即 bodies/{meant.Slug}.yml 的文件名），不是名称“{written}” (write the body's slug)"
            : $"执法主体 '{written}' 不存在，应为 bodies/ 下某个文件的名称：{string.Join("、", bodies.Select(b => b.Slug))} (unknown body slug)";

    public static IEnumerable<ContentError> Check(PortalContent content)
    {
        var bodies = content.Bodies.Select(b => b.Slug).ToHashSet(StringComparer.Ordinal);
        var processes = content.Processes.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);

        foreach (var body in content.Bodies)
            for (var i = 0; i < body.Processes.Count; i++)
                if (!processes.Contains(body.Processes[i]))
                    yield return new ContentError($"bodies/{body.Slug}.yml", $"processes[{i}]", $"流程图 '{body.Processes[i]}' 不存在 (no processes/{body.Processes[i]}.yml)");

        foreach (var officersFile in content.Officers.Select(o => o.BodySlug).Distinct())
            if (!bodies.Contains(officersFile))
                yield return new ContentError($"officers/{officersFile}.yml", "", $"执法主体 '{officersFile}' 不存在 (no bodies/{officersFile}.yml)");

        foreach (var group in content.Officers.Where(o => o.Certificate.Length > 0).GroupBy(o => o.Certificate).Where(g => g.Count() > 1))
            foreach (var officer in group.Skip(1))
                yield return new ContentError($"officers/{officer.BodySlug}.yml", "certificate", $"执法证号 {group.Key} 重复 (duplicate certificate, also used by {group.First().Name})");

        foreach (var decision in content.Decisions)
            if (decision.BodySlug.Length > 0 && !bodies.Contains(decision.BodySlug))
                yield return new ContentError(decision.SourcePath, "body", UnknownBody(decision.BodySlug, content.Bodies),
                    decision.KeyLines.TryGetValue("body", out var line) ? line : null);

        foreach (var group in content.Decisions.Where(d => d.Number.Length > 0).GroupBy(d => d.Number).Where(g => g.Count() > 1))
            foreach (var decision in group.Skip(1))
                yield return new ContentError(decision.SourcePath, "number", $"文书号 {group.Key} 重复 (duplicate, also in {group.First().SourcePath})");

        foreach (var process in content.Processes)
        {
            var file = $"processes/{process.Slug}.yml";
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < process.Steps.Count; i++)
                if (process.Steps[i].Id.Length > 0 && !ids.Add(process.Steps[i].Id))
                    yield return new ContentError(file, $"steps[{i}].id", $"步骤 id '{process.Steps[i].Id}' 重复 (duplicate step id)");
            for (var i = 0; i < process.Steps.Count; i++)
                for (var j = 0; j < process.Steps[i].Next.Count; j++)
                {
                    var to = process.Steps[i].Next[j].To;
                    if (to.Length > 0 && !ids.Contains(to))
                        yield return new ContentError(file, $"steps[{i}].next[{j}]", $"指向不存在的步骤 '{to}' (step points nowhere)");
                }
        }

        foreach (var page in content.Pages)
            if (ReservedPaths.Contains(page.Slug))
                yield return new ContentError($"pages/{page.Slug}.md", "", $"页面路径 /{page.Slug}/ 已被门户占用 (reserved path)");
    }
}

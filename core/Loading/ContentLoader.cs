using System.Text.RegularExpressions;
using Enforcement.Content;
using Enforcement.Validation;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Loading;

/// <summary>The outcome of reading content/: the content when there were no errors, and every error found.</summary>
public sealed record LoadResult(PortalContent? Content, IReadOnlyList<ContentError> Errors)
{
    public bool Succeeded => Content is not null && Errors.Count == 0;
}

/// <summary>Reads and validates a whole content/ tree, collecting every error in one pass.</summary>
public static partial class ContentLoader
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();

    public static LoadResult Load(string contentDir)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(contentDir))
            return new LoadResult(null, [new ContentError(contentDir, "", "内容目录不存在 (content folder not found)")]);

        var siteFile = Path.Combine(contentDir, "site.yml");
        SiteSettings? site = null;
        if (File.Exists(siteFile))
        {
            var map = YamlDocument.ReadMap(siteFile, "site.yml", errors);
            if (map is not null) site = SiteReader.Read(map);
        }
        else errors.Add(new ContentError("site.yml", "", "缺少站点设置文件 (site.yml is missing)"));

        var bodies = ReadYamlFolder(contentDir, "bodies", errors, (slug, map) => BodyReader.Read(slug, map));
        var officers = ReadYamlLists(contentDir, "officers", errors, OfficerReader.Read);
        var processes = ReadYamlFolder(contentDir, "processes", errors, (slug, map) => ProcessReader.Read(slug, map));
        var decisions = ReadDecisions(contentDir, errors);
        var pages = ReadPages(contentDir, errors);
        var searchWords = SynonymsReader.ReadFile(contentDir, errors);

        var content = new PortalContent(
            site ?? new SiteSettings("", "", "/api", new RetentionSettings(default, default), true, new SupervisionOffice("", "", "")),
            bodies, officers, processes, decisions, pages, searchWords)
        {
            Disclosures = ReadYamlFolder(contentDir, "disclosure", errors, DisclosureReader.Read),
            Inspections = ReadInspections(contentDir, errors),
        };
        errors.AddRange(CrossReferences.Check(content));
        errors.AddRange(DisclosureReferences.Check(content));
        errors.AddRange(CaseLeadAuthority.Check(content));
        errors.AddRange(NamesInFileNames.Check(content));
        return errors.Count == 0 ? new LoadResult(content, []) : new LoadResult(null, errors);
    }

    private static IEnumerable<(string Path, string Relative, string Slug)> Files(string contentDir, string folder, string extension)
    {
        var dir = Path.Combine(contentDir, folder);
        if (!Directory.Exists(dir)) yield break;
        foreach (var path in Directory.EnumerateFiles(dir, "*" + extension).Order(StringComparer.Ordinal))
            yield return (path, Relative(contentDir, path), Path.GetFileNameWithoutExtension(path));
    }

    private static string Relative(string contentDir, string path) => Path.GetRelativePath(contentDir, path).Replace('\\', '/');

    private static bool CheckSlug(string slug, string relative, List<ContentError> errors)
    {
        if (SlugPattern().IsMatch(slug)) return true;
        errors.Add(new ContentError(relative, "", $"文件名 '{slug}' 只能用小写字母、数字和连字符 (file name must be a slug: a-z, 0-9, -)"));
        return false;
    }

    private static List<T> ReadYamlFolder<T>(string contentDir, string folder, List<ContentError> errors, Func<string, YamlMap, T> read)
    {
        var list = new List<T>();
        foreach (var (path, relative, slug) in Files(contentDir, folder, ".yml"))
        {
            if (!CheckSlug(slug, relative, errors)) continue;
            var map = YamlDocument.ReadMap(path, relative, errors);
            if (map is not null) list.Add(read(slug, map));
        }
        return list;
    }

    private static List<T> ReadYamlLists<T>(string contentDir, string folder, List<ContentError> errors, Func<string, YamlMap, T> read)
    {
        var list = new List<T>();
        foreach (var (path, relative, slug) in Files(contentDir, folder, ".yml"))
        {
            if (!CheckSlug(slug, relative, errors)) continue;
            var root = YamlDocument.Read(path, relative, errors);
            if (root is null) continue;
            if (root is not YamlSequenceNode seq) { errors.Add(new ContentError(relative, "", "顶层应为列表 (top level must be a list)")); continue; }
            var i = 0;
            foreach (var item in seq)
            {
                if (item is YamlMappingNode m) list.Add(read(slug, new YamlMap(m, relative, $"[{i}]", errors)));
                else errors.Add(new ContentError(relative, $"[{i}]", "应为键值映射 (expected a mapping)", (int)item.Start.Line));
                i++;
            }
        }
        return list;
    }

    private static List<Decision> ReadDecisions(string contentDir, List<ContentError> errors)
    {
        // Parsing (YAML front matter, the decision's fields) is most of loading: files are read in parallel,
        // each with its own error list, and decisions and errors are kept in file order.
        var read = YearFiles(contentDir, "decisions", ".md", "决定书", errors).ToList()
            .AsParallel().AsOrdered()
            .Select(f =>
            {
                var fileErrors = new List<ContentError>();
                return (Decision: ReadDecision(f.Path, f.Relative, f.Slug, f.Year, fileErrors), Errors: fileErrors);
            })
            .ToList();
        var list = new List<Decision>(read.Count);
        foreach (var (decision, fileErrors) in read)
        {
            errors.AddRange(fileErrors);
            if (decision is not null) list.Add(decision);
        }
        return list;
    }

    private static Decision? ReadDecision(string path, string relative, string slug, int year, List<ContentError> errors)
    {
        if (ContentText.Read(path, relative, errors) is not { } text) return null;
        if (!FrontMatter.TrySplit(text, out var yaml, out var body, out _))
        {
            errors.Add(new ContentError(relative, "", "缺少 YAML 头信息 (front matter between --- lines is missing)"));
            return null;
        }
        var map = YamlDocument.ParseMap(yaml, relative, errors, lineOffset: 1);
        if (map is null) return null;
        var decision = DecisionReader.Read(relative, year, slug, map, body);
        if (decision.Decided != default && decision.Decided.Year != year && decision.Published.Year != year)
            map.Error("decided", $"决定书放在 {year} 年目录下，但决定日期为 {decision.Decided:yyyy-MM-dd} (year folder does not match)");
        return decision;
    }

    private static List<FreePage> ReadPages(string contentDir, List<ContentError> errors)
    {
        var list = new List<FreePage>();
        foreach (var (path, relative, slug) in Files(contentDir, "pages", ".md"))
        {
            if (!CheckSlug(slug, relative, errors)) continue;
            if (ContentText.Read(path, relative, errors) is not { } text) continue;
            if (!FrontMatter.TrySplit(text, out var yaml, out var body, out _))
            {
                errors.Add(new ContentError(relative, "", "缺少 YAML 头信息 (front matter with a title is missing)"));
                continue;
            }
            var map = YamlDocument.ParseMap(yaml, relative, errors, lineOffset: 1);
            if (map is not null) list.Add(new FreePage(slug, map.Required("title"), body));
        }
        return list;
    }
}

using Enforcement.Content;
using Enforcement.Validation;

namespace Enforcement.Loading;

public static partial class ContentLoader
{
    /// <summary>Whether <paramref name="text"/> may be a file name or an identifier in a page address.</summary>
    internal static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    /// <summary>content/inspections/&lt;year&gt;/&lt;slug&gt;.yml, one 双随机 task a file, filed by the year of its check.</summary>
    private static List<InspectionTask> ReadInspections(string contentDir, List<ContentError> errors)
    {
        var list = new List<InspectionTask>();
        foreach (var (path, relative, slug, year) in YearFiles(contentDir, "inspections", ".yml", "抽查任务", errors))
        {
            var map = YamlDocument.ReadMap(path, relative, errors);
            if (map is null) continue;
            var task = InspectionReader.Read(relative, year, slug, map);
            if (task.Date != default && task.Date.Year != year)
                map.Error("date", $"抽查任务放在 {year} 年目录下，但抽查日期为 {task.Date:yyyy-MM-dd} (year folder does not match)", map.Node("date"));
            list.Add(task);
        }
        return list;
    }

    /// <summary>
    /// The files of a folder kept by year (decisions/2025/x.md): each with its year; a folder that is not a
    /// four-digit year and a file name that is not a slug are reported and skipped.
    /// </summary>
    private static IEnumerable<(string Path, string Relative, string Slug, int Year)> YearFiles(
        string contentDir, string folder, string extension, string what, List<ContentError> errors)
    {
        var root = Path.Combine(contentDir, folder);
        if (!Directory.Exists(root)) yield break;
        foreach (var yearDir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var yearName = Path.GetFileName(yearDir);
            if (!int.TryParse(yearName, out var year) || yearName.Length != 4)
            {
                errors.Add(new ContentError(Relative(contentDir, yearDir), "", $"{what}应放在 {folder}/<年份>/ 下 (folder must be a four-digit year)"));
                continue;
            }
            foreach (var (path, relative, slug) in Files(contentDir, $"{folder}/{yearName}", extension))
                if (CheckSlug(slug, relative, errors)) yield return (path, relative, slug, year);
        }
    }
}

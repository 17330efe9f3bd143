using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Search;
using Enforcement.Site.Build;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Deploy.Tests.Data;

/// <summary>A new build reaches the running API without a restart; a broken or half-copied one does not reach it at all.</summary>
public sealed class NewBuildTests : IDisposable
{
    private const string NewWord = "独角兽";
    private readonly string root = Directory.CreateTempSubdirectory("new-build-").FullName;
    private string Content => Path.Combine(root, "content");
    private string Out => Path.Combine(root, "out");
    private string DataDir => Path.Combine(Out, "data");

    public NewBuildTests()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(BuiltSite.RepoRoot(), "tests", "Site.Tests", "Fixtures", "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Content, Path.GetRelativePath(Path.Combine(BuiltSite.RepoRoot(), "tests", "Site.Tests", "Fixtures", "content"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    private void Build(string? outDir = null)
    {
        var result = SiteBuilder.Run(new BuildOptions(Content, outDir ?? Out, BuiltSite.BuildDay));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    /// <summary>The next build's content: a word only it has, and an officer renamed.</summary>
    private void EditContent()
    {
        File.AppendAllText(Path.Combine(Content, "decisions", "2025", "food-12.md"), $"\n检查中还发现一只{NewWord}玩具。\n");
        var officers = Path.Combine(Content, "officers", "test-amr.yml");
        File.WriteAllText(officers, File.ReadAllText(officers).Replace("name: 李明", "name: 李明华"));
    }

    private static async Task<int> HitsAsync(PortalApi api, string word)
    {
        using var client = new HttpClient { BaseAddress = api.Address };
        return (await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(word))).GetProperty("total").GetInt32();
    }

    private static async Task<string> OfficerNameAsync(PortalApi api)
    {
        using var client = new HttpClient { BaseAddress = api.Address };
        var html = await client.GetStringAsync("/api/officers/36090012345/page");
        return System.Text.RegularExpressions.Regex.Match(html, "<dt>姓名</dt><dd>([^<]+)</dd>").Groups[1].Value;
    }

    [Fact]
    public async Task A_new_build_is_served_without_a_restart_and_a_search_already_running_finishes_on_the_old_one()
    {
        Build();
        using var api = new PortalApi(DataDir);
        Assert.Equal(0, await HitsAsync(api, NewWord));
        Assert.Equal("李明", await OfficerNameAsync(api));
        var data = api.Services.GetRequiredService<PortalData>();
        var old = data.Current!;

        EditContent();
        Build(); // the build swaps out/ whole, as it does in production

        Assert.Equal(1, await HitsAsync(api, NewWord));
        Assert.Equal("李明华", await OfficerNameAsync(api));
        var now = data.Current!;
        Assert.NotEqual(old.Id, now.Id);
        Assert.True(now.IsVersioned);
        // A search that had already taken the old build still runs on it, with its answers.
        var (request, _) = SearchRequest.Parse(NewWord, null, null, null, null, null, null, null);
        Assert.Equal(0, old.Index!.Searcher.Search(request!).Total);
        Assert.Equal("李明", old.Officers["36090012345"].Name);
        Assert.Contains(api.Logs, l => l.Contains($"Serving data {now.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_data_folder_copied_in_part_or_damaged_is_ignored_with_a_log_line_and_the_old_build_keeps_serving()
    {
        Build();
        using var api = new PortalApi(DataDir);
        Assert.Equal("李明", await OfficerNameAsync(api));
        var served = api.Services.GetRequiredService<PortalData>().Current!.Id;
        EditContent();
        var next = Path.Combine(root, "next");
        Build(next);
        var nextData = Path.Combine(next, "data");

        // Copied over the running one file by file, as rsync does (each file written aside, then renamed):
        // first the registry, then build.json, the index last.
        CopyLikeRsync(nextData, "registry.json");
        Assert.Equal("李明", await OfficerNameAsync(api)); // build.json still names the build being served
        CopyLikeRsync(nextData, "build.json");
        Assert.Equal("李明", await OfficerNameAsync(api));
        Assert.Equal(0, await HitsAsync(api, NewWord));
        Assert.Contains(api.Logs, l => l.StartsWith("Error: Data folder", StringComparison.Ordinal) && l.Contains("not taken up", StringComparison.Ordinal)
            && l.Contains($"still serving {served}", StringComparison.Ordinal));

        foreach (var file in Directory.EnumerateFiles(nextData, "*", SearchOption.AllDirectories))
            CopyLikeRsync(nextData, Path.GetRelativePath(nextData, file));
        Assert.Equal("李明华", await OfficerNameAsync(api));
        Assert.Equal(1, await HitsAsync(api, NewWord));
    }

    private void CopyLikeRsync(string from, string relative)
    {
        var target = Path.Combine(DataDir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(from, relative), target + ".rsync-tmp", overwrite: true);
        File.Move(target + ".rsync-tmp", target, overwrite: true);
    }
}

using Enforcement.Registry;
using Enforcement.Site.Build;

namespace Enforcement.Site.Tests.Build;

/// <summary>What the build writes for deployment beside the pages: out/nginx/portal.conf and out/data/build.json.</summary>
public sealed class DeploymentFilesTests(TestSite site) : IClassFixture<TestSite>
{
    private string Nginx => File.ReadAllText(Path.Combine(site.OutDir, NginxConfig.Folder, NginxConfig.FileName));

    [Fact]
    public void The_nginx_include_sits_beside_the_site_not_in_it()
    {
        Assert.True(File.Exists(Path.Combine(site.OutDir, "nginx", "portal.conf")));
        Assert.Empty(Directory.EnumerateFiles(site.SiteDir, "*.conf", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_nginx_include_answers_410_for_exactly_the_ended_decisions_and_inspections_as_redirects_does()
    {
        var gone = Nginx.Split('\n').Where(l => l.Contains("return 410", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "location = \"/decisions/2022/food-3\" { return 410; }",
            "location ^~ \"/decisions/2022/food-3/\" { return 410; }",
            "location = \"/inspections/2022/old-2022\" { return 410; }",
            "location ^~ \"/inspections/2022/old-2022/\" { return 410; }",
        ], gone);
        Assert.Contains("error_page 410 /410.html;", Nginx);
        Assert.Contains("error_page 502 503 504 /50x.html;", Nginx);
        Assert.Contains("error_page 413 /413.html;", Nginx);
    }

    [Fact]
    public void The_nginx_include_has_the_query_rules_the_api_proxy_and_every_security_header()
    {
        var conf = Nginx;
        Assert.Contains("rewrite ^/officers/([^/]+)/$ /api/officers/$1/page last;", conf);
        Assert.Contains("rewrite ^ /api/search/page last;", conf);
        Assert.Contains("rewrite ^ /api/corrections/status/page last;", conf);
        Assert.Contains("rewrite ^ /api/corrections/form last;", conf);
        Assert.Contains("proxy_pass http://portal_api;", conf);
        Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", conf);
        foreach (var (name, value) in SecurityHeaders.All)
            Assert.Contains($"add_header {name} \"{value}\" always;", conf);
        // Braces balance, so nginx -t has a chance (the end-to-end test in Deploy.Tests runs nginx on it).
        Assert.Equal(conf.Count(c => c == '{'), conf.Count(c => c == '}'));
    }

    [Fact]
    public void The_data_folder_ends_with_a_manifest_that_vouches_for_every_file()
    {
        var (manifest, problem) = DataManifest.Check(site.DataDir);
        Assert.Null(problem);
        var files = Directory.EnumerateFiles(site.DataDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.DataDir, f).Replace('\\', '/')).Where(f => f != "build.json").Order(StringComparer.Ordinal);
        Assert.Equal(files, manifest!.Files.Select(f => f.Path));
        Assert.Contains("registry.json", manifest.Files.Select(f => f.Path));
        Assert.Contains(manifest.Files, f => f.Path.StartsWith("index/", StringComparison.Ordinal));
        Assert.Matches("^[0-9a-f]{16}$", manifest.Id);
        Assert.Equal(manifest.Id, DataManifest.PeekId(site.DataDir));
    }

    [Fact]
    public void A_half_copied_or_altered_data_folder_is_named_as_such()
    {
        var copy = Scratch.NewFolder();
        try
        {
            void CopyAll() => Copy(site.DataDir, copy);
            CopyAll();
            Assert.Null(DataManifest.Check(copy).Problem);

            var index = Directory.EnumerateFiles(Path.Combine(copy, "index")).OrderByDescending(f => new FileInfo(f).Length).First();
            var name = "index/" + Path.GetFileName(index);
            File.WriteAllBytes(index, File.ReadAllBytes(index)[..^1]);
            Assert.Contains(name, DataManifest.Check(copy).Problem);

            CopyAll();
            File.Delete(Path.Combine(copy, "registry.json"));
            Assert.Equal("registry.json is missing", DataManifest.Check(copy).Problem);

            CopyAll();
            var registry = Path.Combine(copy, "registry.json");
            var text = File.ReadAllText(registry);
            File.WriteAllText(registry, text.Replace("测试", "测验"));
            Assert.Equal("registry.json differs from what the build wrote", DataManifest.Check(copy).Problem);

            File.Delete(Path.Combine(copy, "build.json"));
            Assert.Contains("build.json is missing", DataManifest.Check(copy).Problem);
        }
        finally { Scratch.Delete(copy); }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

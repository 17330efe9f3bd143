namespace Enforcement.Site.Tests.Deploy;

/// <summary>netlify.toml at the repository root: what Netlify publishes and the headers it sends.</summary>
public sealed class NetlifyConfigTests
{
    private static string Config()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "netlify.toml")))
                return File.ReadAllText(Path.Combine(dir.FullName, "netlify.toml"));
        throw new FileNotFoundException("netlify.toml not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Publishes_the_site_folder_built_by_the_site_command()
    {
        var config = Config();
        Assert.Contains("publish = \"out/site\"", config);
        Assert.Contains("dotnet run --project site -c Release -- build --content content --out out", config);
    }

    [Fact]
    public void Sends_a_strict_content_security_policy_and_the_other_security_headers()
    {
        var config = Config();
        Assert.Contains("Content-Security-Policy = \"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'\"", config);
        Assert.Contains("X-Content-Type-Options = \"nosniff\"", config);
        Assert.Contains("X-Frame-Options = \"DENY\"", config);
        Assert.Contains("Referrer-Policy = ", config);
    }

    [Fact]
    public void Sends_the_same_headers_as_the_nginx_include_the_build_writes()
    {
        var config = Config();
        foreach (var (name, value) in Enforcement.Site.Build.SecurityHeaders.All)
            Assert.Contains($"{name} = \"{value}\"", config);
        Assert.Contains($"Cache-Control = \"{Enforcement.Site.Build.SecurityHeaders.AssetsCacheControl}\"", config);
    }

    [Fact]
    public void Proxies_the_api_and_falls_back_to_the_404_page()
    {
        var config = Config().Replace("\r\n", "\n");
        Assert.Contains("from = \"/api/*\"\n  to = \"https://api.zfgs.example.gov.cn/api/:splat\"\n  status = 200", config);
        Assert.Contains("to = \"/404.html\"\n  status = 404", config);
    }
}

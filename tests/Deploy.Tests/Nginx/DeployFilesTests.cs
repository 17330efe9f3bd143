extern alias api;

using System.Reflection;
using System.Text.RegularExpressions;

namespace Enforcement.Deploy.Tests.Nginx;

/// <summary>deploy/: the systemd unit, the container file and the settings example name settings the API really has.</summary>
public sealed class DeployFilesTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(BuiltSite.RepoRoot(), "deploy", name));

    [Theory]
    [InlineData("zfgs-api.service")]
    [InlineData("Containerfile")]
    [InlineData("api.env.example")]
    public void Every_Portal_setting_named_is_one_the_API_reads(string file)
    {
        var names = Regex.Matches(Read(file), @"Portal__([A-Za-z0-9_]+)").Select(m => m.Groups[1].Value.TrimEnd('_')).Distinct().ToList();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(Exists(name), $"{file}: Portal__{name} is not a setting of the API"));
    }

    [Fact]
    public void The_unit_and_the_container_give_the_data_folder_the_database_and_the_trusted_proxy()
    {
        var unit = Read("zfgs-api.service");
        foreach (var setting in new[] { "Portal__Data=", "Portal__Database=", "Portal__TrustedProxies__0=127.0.0.1", "EnvironmentFile=" })
            Assert.Contains(setting, unit);
        var container = Read("Containerfile");
        Assert.Contains("Portal__Data=", container);
        Assert.Contains("Portal__Database=", container);
        Assert.Contains("VOLUME", container);
        Assert.Contains("Portal__CardKey=", Read("api.env.example"));
        Assert.Contains("include /srv/zfgs/out/nginx/portal.conf;", Read("nginx-site.conf"));
        Assert.Contains("upstream portal_api", Read("nginx-site.conf"));
    }

    [Fact]
    public void The_staff_console_has_a_server_on_the_APIs_address_and_staff_mails_link_there()
    {
        var servers = Read("nginx-site.conf").Split("server {")[1..];
        var console = Assert.Single(servers, s => s.Contains("server_name api.zfgs.example.gov.cn;"));
        Assert.Contains("location / {", console);
        Assert.Contains("proxy_pass http://portal_api;", console);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", console);
        Assert.Contains("Portal__ConsoleUrl=https://api.zfgs.example.gov.cn/staff/", Read("api.env.example"));
    }

    /// <summary>Portal__A__B → the option classes' properties (lists by index), or a section read elsewhere.</summary>
    private static bool Exists(string path)
    {
        var parts = path.Split("__").Where(p => !int.TryParse(p, out _)).ToArray();
        var sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
        {
            ["Retention"] = typeof(api::Enforcement.Api.Retention.RetentionOptions),
            ["Corrections"] = typeof(api::Enforcement.Api.Corrections.CorrectionOptions),
        };
        if (parts[0] == "TrustedProxies") return parts.Length == 1;
        var type = sections.TryGetValue(parts[0], out var section) ? section : typeof(api::Enforcement.Api.PortalOptions);
        foreach (var part in sections.ContainsKey(parts[0]) ? parts[1..] : parts)
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null) return false;
            type = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
        }
        return true;
    }
}

using System.Net;
using Enforcement.Registry;

namespace Enforcement.Api.Tests.Infrastructure.Pages;

/// <summary>
/// The staff console and the card sheets are opened on the API's own address (deploy/zfgs-api.service sets no
/// Portal:Site): they get the build's console frame, which links to the site by its address, and the stylesheets
/// they link are served there too.
/// </summary>
public sealed class ConsoleFrameTests
{
    private const string ConsoleMarker = "<!--console shell-->";

    private static TestApi Api(Dictionary<string, string?>? settings = null)
    {
        var api = new TestApi(settings);
        File.WriteAllText(Path.Combine(api.DataFolder, PageShell.ConsoleFileName), TestApi.Shell.Replace(TestApi.ShellMarker, ConsoleMarker));
        Directory.CreateDirectory(Path.Combine(api.DataFolder, PageShell.AssetsFolder));
        File.WriteAllText(Path.Combine(api.DataFolder, PageShell.AssetsFolder, "site.css"), "body { margin: 0 }\n");
        File.WriteAllText(Path.Combine(api.DataFolder, PageShell.AssetsFolder, "cards.css"), ".card { width: 85.6mm }\n");
        return api;
    }

    [Theory]
    [InlineData("/staff/login")]
    [InlineData("/api/admin/cards/yichun-amr")]
    public async Task A_console_page_on_the_APIs_address_has_the_console_frame(string path)
    {
        await using var api = Api();
        var html = await api.StaffClient(TestApi.KeyAll).GetStringAsync(path);
        Assert.Contains(ConsoleMarker, html);
        Assert.DoesNotContain(TestApi.ShellMarker, html);
    }

    [Fact]
    public async Task A_public_page_keeps_the_sites_frame_it_is_read_through_the_sites_proxy()
    {
        await using var api = Api();
        var html = await api.Client().GetStringAsync($"/api/officers/{TestApi.Certificate}/page");
        Assert.Contains(TestApi.ShellMarker, html);
    }

    [Fact]
    public async Task In_the_preview_which_serves_the_site_the_console_keeps_the_sites_frame()
    {
        var site = Directory.CreateTempSubdirectory("console-preview-").FullName;
        try
        {
            await using var api = Api(new() { ["Portal:Site"] = site });
            Assert.Contains(TestApi.ShellMarker, await api.Client().GetStringAsync("/staff/login"));
        }
        finally { Directory.Delete(site, recursive: true); }
    }

    [Theory]
    [InlineData("site.css", ".card", false)]
    [InlineData("cards.css", ".card", true)]
    public async Task The_stylesheets_the_frames_link_are_served_on_the_APIs_address(string file, string text, bool contains)
    {
        await using var api = Api();
        var response = await api.Client().GetAsync($"/assets/{file}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(contains, (await response.Content.ReadAsStringAsync()).Contains(text));
    }

    [Theory]
    [InlineData("/assets/missing.css")]
    [InlineData("/assets/..%2Fregistry.json")]
    [InlineData("/assets/registry.json")]
    public async Task Nothing_else_of_the_data_folder_is_served(string path)
    {
        await using var api = Api();
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client().GetAsync(path)).StatusCode);
    }
}

using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Enforcement.Api.Tests.Harness;
using QRCoder;

namespace Enforcement.Api.Tests.Cards;

/// <summary>GET /api/admin/cards/{body}[/{certificate}]: the printable cards, for staff only, each with its serial.</summary>
public class CardPrintingTests
{
    private const string Body = "yichun-amr";

    [Fact]
    public async Task Cards_need_a_staff_key_and_a_body_key_prints_only_its_own_body()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/admin/cards/{Body}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync($"/api/admin/cards/{Body}/{TestApi.Active.Certificate}")).StatusCode);
        var yichun = app.StaffClient(TestApi.YichunKey);
        Assert.Equal(HttpStatusCode.Forbidden, (await yichun.GetAsync("/api/admin/cards/yuanzhou-amr")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await yichun.GetAsync($"/api/admin/cards/yuanzhou-amr/{TestApi.OtherBody.Certificate}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await yichun.GetAsync($"/api/admin/cards/{Body}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.StaffClient(TestApi.SupervisionKey).GetAsync("/api/admin/cards/yuanzhou-amr")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yichun.GetAsync("/api/admin/cards/no-such-body")).StatusCode);
    }

    [Fact]
    public async Task The_sheet_has_a_card_for_each_valid_officer_with_serial_link_and_matching_QR_code()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var response = await app.StaffClient(TestApi.YichunKey).GetAsync($"/api/admin/cards/{Body}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await Html.ReadAsync(response);

        // Suspended, revoked and expired officers get no card.
        var card = Assert.Single(page.QuerySelectorAll(".card-sheet-many article.supervision-card"));
        Assert.Equal("李明", card.QuerySelector(".card-name dd")!.TextContent);
        var facts = card.QuerySelectorAll(".card-facts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["姓名"] = "李明", ["执法证号"] = "36090012345", ["单位"] = "执法稽查局", ["执法类别"] = "市场监管综合执法", ["执法区域"] = "宜春市袁州区",
        }, facts);
        Assert.Equal("卡号 000001", card.QuerySelector(".card-serial")!.TextContent);
        Assert.Equal("0795-1234567", card.QuerySelector(".card-phone strong")!.TextContent);
        var url = $"https://zfgs.example.gov.cn/officers/36090012345/?token={TestApi.TokenFor("36090012345")}";
        Assert.Equal(url, card.QuerySelector(".card-link a")!.TextContent);
        Assert.Equal(url, card.QuerySelector(".card-link a")!.GetAttribute("href"));
        Assert.Equal(ModulesOf(url), ModulesIn(card.QuerySelector("svg.card-qr-code")!));
        Assert.Contains("共 1 张", page.Text(".print-hint"));
        Assert.Contains("/assets/cards.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Html.AssertCspClean(page);
    }

    [Fact]
    public async Task One_card_prints_at_bank_card_size_and_printing_again_gives_the_same_card()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = app.StaffClient(TestApi.YichunKey);
        var first = await Html.ReadAsync(await staff.GetAsync($"/api/admin/cards/{Body}/36090012345"));
        var second = await Html.ReadAsync(await staff.GetAsync($"/api/admin/cards/{Body}/36090012345"));
        Assert.NotNull(first.QuerySelector(".card-sheet-single article.supervision-card"));
        Assert.Equal(first.Text(".card-link a"), second.Text(".card-link a"));
        Assert.Contains("行政执法监督卡 - 李明", first.Title);
        Assert.Equal(5, await app.CountAsync("SELECT COUNT(*) FROM card_serials"));
    }

    [Fact]
    public async Task Officers_who_may_not_enforce_or_belong_elsewhere_get_no_card()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = app.StaffClient(TestApi.SupervisionKey);
        var suspended = await staff.GetAsync($"/api/admin/cards/{Body}/{TestApi.Suspended.Certificate}");
        Assert.Equal(HttpStatusCode.Conflict, suspended.StatusCode);
        Assert.Contains("暂停执法", await suspended.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, (await staff.GetAsync($"/api/admin/cards/{Body}/{TestApi.Expired.Certificate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/admin/cards/{Body}/{TestApi.OtherBody.Certificate}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/admin/cards/{Body}/99999")).StatusCode);
    }

    [Fact]
    public void The_stylesheet_prints_a_single_card_at_bank_card_size_and_sheets_on_A4()
    {
        var css = File.ReadAllText(Path.Combine(RepoRoot(), "site", "Assets", "cards.css"));
        Assert.Matches(@"@page card\s*\{\s*size:\s*85\.6mm 54mm;", css);
        Assert.Matches(@"@page card-sheet\s*\{\s*size:\s*A4", css);
        Assert.Matches(@"\.supervision-card\s*\{[^}]*width:\s*85\.6mm;[^}]*height:\s*54mm;", css);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Enforcement.sln not found");
    }

    /// <summary>The dark modules QRCoder makes for <paramref name="text"/>, quiet zone included.</summary>
    private static HashSet<(int X, int Y)> ModulesOf(string text)
    {
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var dark = new HashSet<(int, int)>();
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
            for (var x = 0; x < data.ModuleMatrix[y].Length; x++)
                if (data.ModuleMatrix[y][x]) dark.Add((x, y));
        return dark;
    }

    /// <summary>The dark modules an SVG draws: its path is runs of "M x y h w v1 h -w z".</summary>
    private static HashSet<(int X, int Y)> ModulesIn(IElement svg)
    {
        var dark = new HashSet<(int, int)>();
        var path = svg.QuerySelector("path")!.GetAttribute("d")!;
        foreach (Match run in Regex.Matches(path, @"M(\d+) (\d+)h(\d+)v1h-\d+z"))
        {
            var (x, y, w) = (int.Parse(run.Groups[1].Value), int.Parse(run.Groups[2].Value), int.Parse(run.Groups[3].Value));
            for (var i = 0; i < w; i++) dark.Add((x + i, y));
        }
        Assert.NotEmpty(dark);
        return dark;
    }
}

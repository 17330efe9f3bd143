using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Enforcement.Site.Pages.Cards;
using QRCoder;

namespace Enforcement.Site.Tests.Cards;

public class OfficerCardPageTests
{
    private static async Task<IDocument> RenderAsync(string url)
    {
        var html = await CardRendering.RenderAsync<OfficerCardPage>(new()
        {
            [nameof(OfficerCardPage.Site)] = CardRendering.Site,
            [nameof(OfficerCardPage.Officer)] = CardRendering.Officer(),
            [nameof(OfficerCardPage.Body)] = CardRendering.Body,
            [nameof(OfficerCardPage.VerifyUrl)] = url,
        });
        Assert.Contains("李明", html); // UTF-8 text, not entities
        return CardRendering.Parse(html);
    }

    [Fact]
    public async Task The_card_shows_who_the_officer_is_and_the_supervision_phone()
    {
        var page = await RenderAsync(CardRendering.VerifyUrl("36090012345"));
        var card = Assert.Single(page.QuerySelectorAll("article.supervision-card"));
        var facts = card.QuerySelectorAll(".card-facts div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["姓名"] = "李明", ["执法证号"] = "36090012345", ["单位"] = "执法稽查局", ["执法类别"] = "市场监管综合执法、食品安全", ["执法区域"] = "宜春市袁州区",
        }, facts);
        Assert.Contains("宜春市市场监督管理局", card.QuerySelector(".card-head")!.TextContent);
        Assert.Contains("行政执法监督卡", card.QuerySelector(".card-head")!.TextContent);
        Assert.Equal("0795-1234567", card.QuerySelector(".card-phone strong")!.TextContent);
        Assert.Contains("市局执法监督科", card.QuerySelector(".card-phone")!.TextContent);
    }

    [Fact]
    public async Task The_link_printed_under_the_code_is_the_codes_target()
    {
        var url = CardRendering.VerifyUrl("36090012345");
        var page = await RenderAsync(url);
        var link = page.QuerySelector(".card-link a")!;
        Assert.Equal(url, link.TextContent);
        Assert.Equal(url, link.GetAttribute("href"));
        Assert.Equal(ModulesOf(url), ModulesIn(page.QuerySelector("svg.card-qr-code")!));
        Assert.NotEqual(ModulesOf(url + "x"), ModulesIn(page.QuerySelector("svg.card-qr-code")!));
    }

    [Fact]
    public async Task The_QR_code_is_inline_SVG_with_no_inline_style_so_the_CSP_holds()
    {
        var page = await RenderAsync(CardRendering.VerifyUrl("36090012345"));
        var svg = page.QuerySelector("svg.card-qr-code")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("二维码", svg.GetAttribute("aria-label"));
        Assert.NotNull(svg.GetAttribute("viewBox"));
        Assert.Null(svg.GetAttribute("width")); // sized by cards.css in millimetres
        CardRendering.AssertCspClean(page);
    }

    [Fact]
    public async Task The_page_links_the_card_stylesheet_and_says_how_to_print()
    {
        var page = await RenderAsync(CardRendering.VerifyUrl("36090012345"));
        Assert.Contains("/assets/cards.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Contains("打印", page.QuerySelector(".print-hint")!.TextContent);
        Assert.Contains("/bodies/yichun-amr/cards/", page.QuerySelectorAll(".print-hint a").Select(a => a.GetAttribute("href")));
        Assert.Contains("李明", page.Title);
    }

    [Fact]
    public async Task A_url_with_markup_characters_is_encoded_everywhere()
    {
        var url = "https://zfgs.example.gov.cn/officers/1\"><b>x/?token=a&b";
        var page = await RenderAsync(url);
        Assert.Null(page.QuerySelector(".card-link b"));
        Assert.Equal(url, page.QuerySelector(".card-link a")!.TextContent);
        Assert.Contains(url, page.QuerySelector("svg.card-qr-code")!.GetAttribute("aria-label"));
    }

    [Fact]
    public void The_stylesheet_prints_a_single_card_at_bank_card_size_and_sheets_on_A4()
    {
        var css = File.ReadAllText(Path.Combine(CardRendering.RepoRoot(), "site", "Assets", "cards.css"));
        Assert.Matches(@"@page card\s*\{\s*size:\s*85\.6mm 54mm;", css);
        Assert.Matches(@"@page card-sheet\s*\{\s*size:\s*A4", css);
        Assert.Matches(@"\.supervision-card\s*\{[^}]*width:\s*85\.6mm;[^}]*height:\s*54mm;", css);
    }

    /// <summary>The dark modules QRCoder makes for <paramref name="text"/>, quiet zone included.</summary>
    internal static HashSet<(int X, int Y)> ModulesOf(string text)
    {
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var dark = new HashSet<(int, int)>();
        for (var y = 0; y < data.ModuleMatrix.Count; y++)
            for (var x = 0; x < data.ModuleMatrix[y].Length; x++)
                if (data.ModuleMatrix[y][x]) dark.Add((x, y));
        return dark;
    }

    /// <summary>The dark modules an SVG draws: its path is runs of "M x y h w v1 h -w z".</summary>
    internal static HashSet<(int X, int Y)> ModulesIn(IElement svg)
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

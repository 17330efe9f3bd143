using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Staff;

/// <summary>
/// The console where production has it: on the API's own address, the API run as deploy/zfgs-api.service runs it
/// (no site preview). Staff sign in and print a body's cards: the pages are styled, each card has its printed size
/// and its QR code, and the menu leads to the public site rather than to pages the API does not have.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConsoleOnTheApiAddressTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Staff_print_a_bodys_cards_styled_and_at_size_and_the_menu_leads_to_the_site()
    {
        using var portal = new ShippedPortal(preview: false);
        await ConsoleAccounts.AddAsync(portal.Services, "zhangjing", "yichun-amr");

        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => failed.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };

        await page.GotoAsync("/staff/login");
        // The site's stylesheet applies: the header has the site's colour, not the browser's white.
        Assert.NotEqual("rgba(0, 0, 0, 0)", await page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.GetByLabel("账号").FillAsync("zhangjing");
        await page.GetByLabel("密码").FillAsync(ConsoleAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff-who")).ToContainTextAsync("已登录：zhangjing");

        await page.GotoAsync("/staff/cards");
        await page.GetByRole(AriaRole.Link, new() { Name = "打印全部监督卡（A4）" }).First.ClickAsync();
        var card = page.Locator("article.supervision-card").First;
        await Assertions.Expect(card).ToBeVisibleAsync();
        var box = (await card.BoundingBoxAsync())!;
        // 85.6 × 54 mm at 96 px per inch: 323.5 × 204.1 px.
        Assert.InRange(box.Width, 320, 327);
        Assert.InRange(box.Height, 201, 207);
        Assert.InRange((await card.Locator(".card-qr svg").BoundingBoxAsync())!.Width, 90, 99); // 25 mm

        var decisions = await page.Locator(".site-nav a", new() { HasText = "处罚决定" }).GetAttributeAsync("href");
        Assert.Equal("https://zfgs.example.gov.cn/decisions/", decisions);
        Assert.Empty(failed);
    }
}

using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Staff;

/// <summary>
/// Cards printed from the console, in the shipped site's frame and stylesheets: the site-served console (the preview)
/// and the API on its own address (production). Only the cards come out: the console's bar had printed on a page of
/// its own before the A4 sheets, and above a single card on a Letter page, so the card stock was wasted.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CardsPrintAloneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const string Sheet = "/staff/cards/yichun-amr", Card = "/staff/cards/yichun-amr/36090012345";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_A4_sheet_and_one_card_print_nothing_but_the_cards(bool preview)
    {
        using var portal = new ShippedPortal(preview);
        await ConsoleAccounts.AddAsync(portal.Services, "zhangjing", "yichun-amr");
        var page = await ConsoleJourneyTests.SignInAsync(chromium.Browser, portal.ClientOptions.BaseAddress, "zhangjing");

        await page.GotoAsync(Sheet);
        await Assertions.Expect(page.Locator(".console-bar")).ToBeVisibleAsync();
        var cards = await page.Locator("article.supervision-card").CountAsync();
        Assert.True(cards > 10, $"{cards} cards: the shipped body should fill more than one sheet");
        var sheets = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal((cards + 9) / 10, PrintedPdf.Count(sheets));
        Assert.Equal((cards + 9) / 10, PrintedPdf.Pages(sheets).Count);
        Assert.All(PrintedPdf.Pages(sheets), size =>
        {
            Assert.Equal(210 / 25.4 * 72, size.Width, 0.5);
            Assert.Equal(297 / 25.4 * 72, size.Height, 0.5);
        });

        await page.GotoAsync(Card);
        await Assertions.Expect(page.Locator(".console-bar")).ToBeVisibleAsync();
        var card = await page.PdfAsync(new() { PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal(1, PrintedPdf.Count(card));
        var (width, height) = Assert.Single(PrintedPdf.Pages(card));
        Assert.Equal(85.6 / 25.4 * 72, width, 0.5);
        Assert.Equal(54 / 25.4 * 72, height, 0.5);

        // As the print preview shows them (after the PDFs: emulating a medium would also be the PDFs' medium).
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Empty(await PrintedOutsideTheCardsAsync(page));
        await page.GotoAsync(Sheet);
        Assert.Empty(await PrintedOutsideTheCardsAsync(page));
    }

    /// <summary>
    /// Every element that still has a box and is neither within the cards nor around them (the console's bar, the
    /// title, the hints, the frame's header, menu and footer), by tag and class.
    /// </summary>
    private static async Task<string[]> PrintedOutsideTheCardsAsync(IPage page)
    {
        Assert.Equal("none", await page.Locator(".console-bar").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        return await page.EvaluateAsync<string[]>("""
            () => {
              const sheet = document.querySelector('.card-sheet');
              return [...document.body.querySelectorAll('*')]
                .filter(e => e.getClientRects().length > 0 && !sheet.contains(e) && !e.contains(sheet))
                .map(e => `${e.tagName.toLowerCase()}.${e.className}`);
            }
            """);
    }
}

using AngleSharp.Dom;
using Enforcement.Content;
using Enforcement.Site.Pages.Cards;

namespace Enforcement.Site.Tests.Cards;

public class BodyCardsPageTests
{
    private static async Task<IDocument> RenderAsync(IReadOnlyList<(Officer, string)> cards) =>
        CardRendering.Parse(await CardRendering.RenderAsync<BodyCardsPage>(new()
        {
            [nameof(BodyCardsPage.Site)] = CardRendering.Site,
            [nameof(BodyCardsPage.Body)] = CardRendering.Body,
            [nameof(BodyCardsPage.Cards)] = cards,
        }));

    [Fact]
    public async Task Every_officer_gets_a_card_with_their_own_code_and_link()
    {
        var cards = Enumerable.Range(0, 13)
            .Select(i => (CardRendering.Officer($"360900100{i:D2}", $"人员{i}"), CardRendering.VerifyUrl($"360900100{i:D2}")))
            .ToList();
        var page = await RenderAsync(cards);

        var rendered = page.QuerySelectorAll(".card-sheet-many article.supervision-card");
        Assert.Equal(13, rendered.Length);
        for (var i = 0; i < cards.Count; i++)
        {
            Assert.Equal(cards[i].Item1.Name, rendered[i].QuerySelector(".card-name dd")!.TextContent);
            Assert.Equal(cards[i].Item2, rendered[i].QuerySelector(".card-link a")!.TextContent);
            Assert.Equal(OfficerCardPageTests.ModulesOf(cards[i].Item2), OfficerCardPageTests.ModulesIn(rendered[i].QuerySelector("svg")!));
        }
        Assert.Contains("共 13 张", page.QuerySelector(".print-hint")!.TextContent);
        Assert.Contains("共 2 页", page.QuerySelector(".print-hint")!.TextContent);
        Assert.Contains("/assets/cards.css", page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        CardRendering.AssertCspClean(page);
    }

    [Fact]
    public async Task A_body_without_valid_officers_says_there_is_nothing_to_print()
    {
        var page = await RenderAsync([]);
        Assert.Empty(page.QuerySelectorAll("article.supervision-card"));
        Assert.Contains("没有可打印的监督卡", page.QuerySelector(".print-hint")!.TextContent);
    }
}

using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Search;

/// <summary>
/// The shipped content built as the site build does, served by the API's local preview on Kestrel, in
/// Chromium: a person types a shop name with a pinyin slip, picks the suggestion, and lands on the decision.
/// </summary>
public sealed class SearchSuggestionTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // The pick has landed once the address changes and the document is parsed; what the page shows is then awaited by the
    // assertions. Waiting for the load event as well timed out once in CI on a loaded machine although the page had
    // arrived; and Commit is read as the load event when the page is already there (Playwright's ToLoadState).
    /// <summary>
    /// Where a click led, by polling the address (WaitForURL waits for a load state too, and on a loaded CI machine timed
    /// out although the page had arrived, even with DOMContentLoaded asked).
    /// </summary>
    private static Task LandedAsync(IPage page, string path) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(path) + "$"), new() { Timeout = 30_000 });

    /// <summary>Types the words into the search page's own box and presses its button, as a person does.</summary>
    private static async Task SearchAsync(IPage page, string words)
    {
        await page.GetByLabel("关键词").FillAsync(words);
        await page.Locator("#search-form").GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)] // a phone
    public async Task A_misspelt_shop_name_is_suggested_and_the_pick_lands_on_the_decision(int width, int height)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");

        await page.RunAndWaitForResponseAsync(
            () => page.GetByLabel("关键词").PressSequentiallyAsync("兴望水果", new() { Delay = 60 }),
            r => r.Url.Contains("/suggest?q=" + Uri.EscapeDataString("兴望水果"), StringComparison.Ordinal));
        var suggestion = page.Locator("#search-suggestions a", new() { HasText = "兴旺水果店" });
        await suggestion.WaitForAsync();
        await suggestion.ClickAsync();

        await LandedAsync(page, "/decisions/2026/amr-2026-066/");
        Assert.Contains("兴旺水果店", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task On_the_home_page_on_a_phone_a_shop_name_is_suggested_as_it_is_typed()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 }, HasTouch = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        // Typed, and the answer for the whole word in, so the tap is on the list as it stays.
        await page.RunAndWaitForResponseAsync(
            () => page.GetByLabel("企业名称、违法行为或文书号").PressSequentiallyAsync("兴望水果", new() { Delay = 60 }),
            r => r.Url.Contains("/suggest?q=" + Uri.EscapeDataString("兴望水果"), StringComparison.Ordinal));
        var suggestion = page.Locator("#home-suggestions a", new() { HasText = "兴旺水果店" });
        await suggestion.WaitForAsync();
        Assert.Equal("true", await page.GetByLabel("企业名称、违法行为或文书号").GetAttributeAsync("aria-expanded"));
        // A row a thumb can hit, saying what the name is, in a list without bullets.
        Assert.True(await suggestion.EvaluateAsync<double>("a => a.getBoundingClientRect().height") >= 44);
        Assert.Equal("当事人", await suggestion.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content.replace(/\"/g, '')"));
        Assert.Equal("none", await page.Locator("#home-suggestions li").First.EvaluateAsync<string>("li => getComputedStyle(li).listStyleType"));
        // On the first screen, and the only search box there (the header's would be a second one above it).
        Assert.True(await suggestion.EvaluateAsync<double>("a => a.getBoundingClientRect().bottom") <= 740);
        Assert.Equal(1, await page.Locator("input[type=search]:visible").CountAsync());
        // A click, as in the search page's test: a synthesized tap lost its click in two CI runs of five.
        await suggestion.ClickAsync();

        await LandedAsync(page, "/decisions/2026/amr-2026-066/");
        Assert.Contains("兴旺水果店", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task On_any_page_the_headers_search_box_suggests_over_the_page_and_the_pick_lands_on_the_decision()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var asked = 0;
        page.Request += (_, request) => { if (request.Url.Contains("/suggest?q=" + Uri.EscapeDataString("兴望水果"), StringComparison.Ordinal)) asked++; };
        await page.GotoAsync("/officers/");
        var headingTop = await page.Locator("main h1").EvaluateAsync<double>("h => h.getBoundingClientRect().top");

        await page.RunAndWaitForResponseAsync(
            () => page.GetByLabel("搜索处罚决定").PressSequentiallyAsync("兴望水果", new() { Delay = 60 }),
            r => r.Url.Contains("/suggest?q=" + Uri.EscapeDataString("兴望水果"), StringComparison.Ordinal));
        var suggestion = page.Locator("#site-suggestions a", new() { HasText = "兴旺水果店" });
        await suggestion.WaitForAsync();
        // Over the page: nothing below the header moved, and the box asked once for the word (one script, one listener).
        Assert.Equal(headingTop, await page.Locator("main h1").EvaluateAsync<double>("h => h.getBoundingClientRect().top"));
        Assert.Equal(1, asked);
        await suggestion.ClickAsync();

        await LandedAsync(page, "/decisions/2026/amr-2026-066/");
        Assert.Contains("兴旺水果店", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Did_you_mean_is_offered_and_followed_with_javascript()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "明亮眼睛店");

        var link = page.Locator(".search-did-you-mean a");
        await link.WaitForAsync();
        Assert.Equal("明亮眼镜店", await link.InnerTextAsync());
        await link.ClickAsync();
        await page.Locator(".search-hit a", new() { HasText = "明亮眼镜店" }).WaitForAsync();
    }

    [Fact]
    public async Task A_persons_own_name_finds_nothing_and_the_page_says_why()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        // 漆国平's decision is published under 漆某某: the page says so instead of 请换个说法.
        await SearchAsync(page, "漆国平");
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("不能按姓名查找");
        Assert.DoesNotContain("请换个说法", await status.InnerTextAsync());
    }

    [Fact]
    public async Task Words_typed_in_quotes_are_named_once_quoted_and_offered_without_the_quotes()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "“过期食品”");

        var link = page.Locator(".search-did-you-mean a");
        await link.WaitForAsync();
        Assert.Equal("没有找到与“过期食品”有关的结果。请换个说法，如企业名称、违法行为（过期食品、无证经营）或文书号。", await page.Locator("#search-status").InnerTextAsync());
        Assert.Equal("过期食品", await link.InnerTextAsync());
        // Offered as the same words without their quotes, not as a correction that reads the same.
        Assert.StartsWith("没有完全一致的结果，去掉引号再搜：", await page.Locator(".search-did-you-mean").InnerTextAsync());
        await link.ClickAsync();
        await page.Locator(".search-hit a", new() { HasText = "超过保质期" }).First.WaitForAsync();
        Assert.StartsWith("找到", await page.Locator("#search-status").InnerTextAsync());
    }

    [Fact]
    public async Task A_link_carrying_a_long_pasted_complaint_says_it_is_too_long_not_that_search_is_down()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var complaint = string.Concat(Enumerable.Repeat("我在超市买到过期食品，老板不给退钱，态度很差。", 13));
        await page.GotoAsync("/search/?q=" + Uri.EscapeDataString(complaint));
        // The link is answered by the results page the API renders for a search (as the deploy's query rule sends it).
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("搜索词太长：最多 200 个字符，现有 299 个。");
        Assert.DoesNotContain("暂时不可用", await main.InnerTextAsync());
        Assert.DoesNotContain("参数", await main.InnerTextAsync());
    }

    [Theory]
    [InlineData(false)] // the deploy's query rule sends the link to the API's results page
    [InlineData(true)] // a host that serves the search page's file, and search.js asks the API
    public async Task An_old_link_to_a_page_past_the_last_shows_the_last_page_and_says_so(bool fileOnlyHost)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        if (fileOnlyHost)
            await context.RouteAsync(url => url.Contains("/search/?", StringComparison.Ordinal), route => route.FulfillAsync(new()
            {
                Path = Path.Combine(portal.Root, "out", "site", "search", "index.html"), ContentType = "text/html; charset=utf-8",
            }));
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=" + Uri.EscapeDataString("食品") + "&page=99");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("没有第 99 页，下面是最后一页。找到");
        Assert.True(await page.Locator(".search-hit").CountAsync() > 0);
        Assert.DoesNotContain("第 99 页，共", await page.Locator("main").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // the API's results page
    public async Task The_next_page_numbers_its_results_on_from_the_first(bool javaScript)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "罚款最多的");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("第 1 页");
        await page.Locator("#search-next, a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("第 2 页");
        // The first result of page 2 reads 11., not 1. again.
        Assert.Equal(11, await page.Locator("ol.search-results").EvaluateAsync<int>("ol => ol.start"));
    }

    [Fact]
    public async Task Pressing_search_after_the_results_came_as_typed_keeps_the_result_being_tapped()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        // Typing pauses: the results come as typed. Then 搜索 asks again and gets the same answer.
        await page.GetByLabel("关键词").FillAsync("王伟");
        var officer = page.Locator(".search-officers a", new() { HasText = "王伟" });
        await officer.WaitForAsync();
        var tapped = await officer.ElementHandleAsync();
        var again = page.WaitForResponseAsync(r => r.Url.Contains("/api/search?", StringComparison.Ordinal));
        await page.Locator("#search-form").GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await again;
        await page.WaitForTimeoutAsync(200);
        Assert.True(await tapped.EvaluateAsync<bool>("a => a.isConnected"), "the same results were drawn anew under the finger");
    }

    [Fact]
    public async Task Suggestions_that_come_back_after_the_search_was_sent_are_not_drawn_over_the_results()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        // A slow network: the list for what was typed comes back after the person pressed 搜索.
        var answered = new TaskCompletionSource();
        await context.RouteAsync(url => url.Contains("/search/suggest", StringComparison.Ordinal), async route =>
        {
            await Task.Delay(1500);
            try { await route.ContinueAsync(); }
            catch (PlaywrightException) { } // the page gave up on it
            finally { answered.TrySetResult(); }
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        var asked = page.WaitForRequestAsync(r => r.Url.Contains("/search/suggest", StringComparison.Ordinal));
        await page.GetByLabel("关键词").FillAsync("兴旺水果");
        await asked;
        await page.Locator("#search-form").GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
        await page.Locator(".search-hit a", new() { HasText = "兴旺水果店" }).First.WaitForAsync();
        await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await page.WaitForTimeoutAsync(300);
        Assert.True(await page.Locator("#search-suggestions").IsHiddenAsync(), "a late list of suggestions covers the results");
    }

    [Fact]
    public async Task Pinyin_still_being_composed_is_not_searched_for_only_the_characters_chosen()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) => { if (request.Url.Contains("/api/search")) asked.Add(Uri.UnescapeDataString(request.Url)); };
        await page.GotoAsync("/search/");
        // What a pinyin keyboard does: letters in the box while composing, then the characters chosen.
        await page.EvaluateAsync("""
            async () => {
              const box = document.getElementById('q');
              box.focus();
              box.dispatchEvent(new CompositionEvent('compositionstart'));
              for (const typed of ['h', 'hu', 'hui', "hui'm", "hui'min"]) {
                box.value = typed;
                box.dispatchEvent(new InputEvent('input', { isComposing: true }));
                await new Promise(r => setTimeout(r, 150));
              }
              box.value = '惠民';
              box.dispatchEvent(new CompositionEvent('compositionend', { data: '惠民' }));
            }
            """);
        await page.Locator(".search-hit a", new() { HasText = "惠民" }).First.WaitForAsync();
        Assert.DoesNotContain(asked, url => url.Contains("q=h"));
        Assert.Contains(asked, url => url.Contains("q=惠民"));
    }

    [Fact]
    public async Task On_a_phone_everyday_words_find_decisions_and_the_page_fits_the_screen()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "市监局 过期食品");

        await page.Locator(".search-hit a", new() { HasText = "超过保质期" }).First.WaitForAsync();
        // Folded on a phone; a tap opens them.
        Assert.False(await page.Locator("#year").IsVisibleAsync());
        await page.GetByText("筛选和排序").ClickAsync();
        Assert.True(await page.Locator("#year").IsVisibleAsync());
        // The filters (long body names in their lists) must not push the page wider than the phone.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        // Nor a category as long as a 双随机 task's check item, which the shipped content lists among them.
        await page.EvaluateAsync("document.querySelector('#category').add(new Option('单用途商业预付卡发卡企业备案及资金存管情况检查'))");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"),
            await page.EvaluateAsync<string>("'page ' + document.documentElement.scrollWidth + ' px wide on a ' + window.innerWidth + ' px screen'"));
        // Each filter's label on the same row as its own list, not left at the end of the row above it.
        var apart = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('.search-filters label')].filter(l => {
              const a = l.getBoundingClientRect(), b = document.getElementById(l.htmlFor).getBoundingClientRect();
              return a.bottom <= b.top || b.bottom <= a.top;
            }).map(l => l.textContent)
            """);
        Assert.Empty(apart);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)] // the API's results page, which the proxy serves for /search/?q=… without JavaScript
    public async Task On_a_small_phone_the_first_results_are_on_the_first_screen(bool javaScript)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 }, JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/?q=" + Uri.EscapeDataString("过期食品"));

        var first = page.Locator(".search-hit").First;
        await first.WaitForAsync();
        var top = await first.EvaluateAsync<double>("hit => hit.getBoundingClientRect().top");
        Assert.True(top < 740 - 60, $"the first result starts {top:0} px down a 740 px screen");
        // What the decision imposed, without opening it.
        Assert.Matches(@"^处罚：.*[0-9,]+ 元", await first.Locator(".search-hit-penalty").InnerTextAsync());
        // One search box on the page: the header's is left out where the page has its own.
        Assert.Equal(1, await page.Locator("input[type=search]:visible").CountAsync());
        // The box and its button on one row, the box wide enough for its placeholder.
        var box = (await page.Locator(".search-box input[type=search]").BoundingBoxAsync())!;
        var button = (await page.Locator(".search-box button").BoundingBoxAsync())!;
        Assert.True(Math.Abs(box.Y + box.Height / 2 - (button.Y + button.Height / 2)) < 4, $"the button is at y {button.Y:0}, the box at {box.Y:0}");
        Assert.True(box.Width >= 220, $"the box is {box.Width:0} px wide");
    }

    [Fact]
    public async Task An_officers_name_typed_into_the_search_shows_the_officer_and_leads_to_their_page()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "王伟");

        var officer = page.Locator(".search-officers a", new() { HasText = "王伟" });
        await officer.WaitForAsync();
        Assert.Contains("执法证号 36090012367", await page.Locator(".search-officers").InnerTextAsync());
        await officer.ClickAsync();
        await LandedAsync(page, "/officers/36090012367/");
        Assert.Contains("王伟", await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_shopkeeper_asking_whether_the_inspector_is_genuine_is_led_to_the_officers_list(bool javaScript)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "来检查的执法人员是真的吗");

        // Above the results, in the words the site uses for it (content/search/synonyms.yml, services).
        var link = page.Locator(".search-services a", new() { HasText = "核验执法人员身份" });
        await link.WaitForAsync();
        await link.ClickAsync();
        await LandedAsync(page, "/officers/");
        Assert.Equal("执法人员", await page.Locator("h1").InnerTextAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_revoked_decisions_number_leads_to_the_notice_that_says_why_it_came_down(bool javaScript)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 }, JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        // As typed from the paper copy on a phone: round brackets, no 号.
        await SearchAsync(page, "宜市监处罚(2026)37");

        var box = page.Locator(".search-withdrawn");
        await Assertions.Expect(box).ToContainTextAsync("文书号为 宜市监处罚〔2026〕37号 的行政处罚决定已于 2026年9月15日 停止公示。");
        Assert.DoesNotContain("请换个说法", await page.Locator("main").InnerTextAsync());
        await box.GetByRole(AriaRole.Link, new() { Name = "查看停止公示的说明" }).ClickAsync();
        await LandedAsync(page, "/decisions/2026/amr-2026-037/");
        Assert.Contains("经行政复议决定撤销", await page.Locator("main").InnerTextAsync());
    }

    [Fact]
    public async Task Asking_which_shop_was_fined_most_lists_the_largest_fine_first()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "哪家超市罚款最多");

        await page.Locator(".search-sorted").WaitForAsync();
        Assert.Equal("已按罚没金额从多到少排列。", await page.Locator(".search-sorted").InnerTextAsync());
        var first = page.Locator(".search-hit").First;
        Assert.Contains("百佳连锁超市", await first.Locator("h2").InnerTextAsync());
        Assert.Contains("罚款 50,000 元", await first.Locator(".search-hit-penalty").InnerTextAsync());
    }

    [Fact]
    public async Task Asking_for_the_latest_penalties_lists_the_newest_first()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "最近的处罚");

        await page.Locator(".search-sorted").WaitForAsync();
        Assert.Equal("已按公示日期从新到旧排列。", await page.Locator(".search-sorted").InnerTextAsync());
        // The shipped content's newest decision, published 2026-11-27.
        Assert.Contains("惠民食品", await page.Locator(".search-hit").First.Locator("h2").InnerTextAsync());
    }

    [Fact]
    public async Task A_name_heard_at_the_door_finds_the_officer_whose_name_sounds_the_same()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "张晶");   // the shipped list has 张静 (zhang jing)

        var box = page.Locator(".search-officers");
        await box.Locator("a", new() { HasText = "张静" }).WaitForAsync();
        Assert.Equal("读音相同的执法人员", await box.Locator("h2").InnerTextAsync());
        Assert.Contains("执法证号 36090012389", await box.InnerTextAsync());
    }

    [Theory]
    [InlineData("3609 0012 525", "已吊销")] // as printed on the card, in groups
    [InlineData("张晶", "读音相同的执法人员")] // a name heard at the door
    public async Task With_javascript_the_officer_comes_before_the_line_saying_no_decision_was_found(string words, string expected)
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, words);

        var box = page.Locator(".search-officers");
        await Assertions.Expect(box).ToContainTextAsync(expected);
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync("没有找到");
        // Read first, as on the page without JavaScript: the officer, then what was not found.
        var boxTop = (await box.BoundingBoxAsync())!.Y;
        var statusTop = (await status.BoundingBoxAsync())!.Y;
        Assert.True(boxTop < statusTop, $"the officer's box is at y {boxTop:0}, 没有找到… at {statusTop:0}");
    }

    [Fact]
    public async Task A_suspended_officers_number_says_not_to_accept_the_certificate_and_whom_to_call()
    {
        using var portal = new ShippedPortal();
        await using var context = await chromium.Browser.NewContextAsync(new() { BaseURL = portal.ClientOptions.BaseAddress.ToString(), ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/search/");
        await SearchAsync(page, "36090012446");   // 黄建平, suspended in the shipped content

        var warning = page.Locator(".search-officers .search-officer-warning");
        await warning.WaitForAsync();
        Assert.Contains("暂停执法", await page.Locator(".search-officers").InnerTextAsync());
        Assert.Matches(@"不得用于执法.*监督电话反映：\s*[0-9-]+", await warning.InnerTextAsync());
        Assert.StartsWith("tel:", await warning.Locator("a").GetAttributeAsync("href"));
        // No decision names the number: the line under the box says so without telling the person to try other words.
        var status = await page.Locator("#search-status").InnerTextAsync();
        Assert.StartsWith("没有找到", status);
        Assert.DoesNotContain("请换个关键词", status);
        // Nor that no result was found, with the officer above it: what is not found is named.
        Assert.Contains("有关的处罚决定或双随机抽查结果。", status);
    }
}

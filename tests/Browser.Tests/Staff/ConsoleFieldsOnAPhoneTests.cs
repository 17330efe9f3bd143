using Enforcement.Browser.Tests.Feedback;
using Microsoft.Playwright;

namespace Enforcement.Browser.Tests.Staff;

/// <summary>
/// The fields the API draws itself, on a phone: the console's sign-in and filters, and the public's progress lookup
/// when a ticket is not found. They had been left at the browser's small default (an input without a type matched no
/// rule of the stylesheet), and the rating filters ran together in one line.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConsoleFieldsOnAPhoneTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    // Every box one types in: the site's border and padding, and text at the page's size (a phone zooms into a box whose
    // text is smaller than 16 px).
    private const string FieldStyles = """
        () => [...document.querySelectorAll('main input, main select, main textarea')]
          .filter(e => !['hidden', 'checkbox', 'radio', 'file', 'submit'].includes(e.type))
          .map(e => { const s = getComputedStyle(e); return `${e.id}: ${s.fontSize} ${s.paddingTop} ${s.borderTopColor}`; })
        """;

    [Fact]
    public async Task The_sign_in_the_rating_filters_and_the_progress_lookup_have_the_sites_fields()
    {
        using var portal = new ShippedPortal();
        await ConsoleAccounts.AddAsync(portal.Services, "jdk", "*");
        await using var context = await chromium.Browser.NewContextAsync(new()
        {
            BaseURL = portal.ClientOptions.BaseAddress.ToString(), Locale = "zh-CN", ViewportSize = new() { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/staff/login");
        AssertSiteFields(await page.EvaluateAsync<string[]>(FieldStyles), "name", "password");
        await page.GetByLabel("账号").FillAsync("jdk");
        await page.GetByLabel("密码").FillAsync(ConsoleAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("#staff-who")).ToContainTextAsync("已登录：jdk");

        await page.GotoAsync("/staff/feedback");
        AssertSiteFields(await page.EvaluateAsync<string[]>(FieldStyles), "officer", "body", "from", "to", "maxRating");
        // Each filter's label sits beside its field, and a checkbox's label stays on one line.
        foreach (var id in new[] { "officer", "body", "from", "to", "maxRating" })
        {
            var label = (await page.Locator($"label[for='{id}']").BoundingBoxAsync())!;
            var field = (await page.Locator($"#{id}").BoundingBoxAsync())!;
            Assert.True(label.X + label.Width <= field.X, $"{id}: the label runs into its field");
            Assert.InRange(label.Y + label.Height / 2, field.Y, field.Y + field.Height);
            Assert.True(field.X + field.Width <= 390, $"{id}: the field runs past the screen");
        }
        var checkbox = (await page.GetByText("只看未跟进的").BoundingBoxAsync())!;
        Assert.True(checkbox.Height < 30, $"只看未跟进的 is broken over lines ({checkbox.Height} px high)");

        // The queue's filters are not a grid: each label and its field are kept together, and the pairs wrap between them.
        await page.GotoAsync("/staff/corrections");
        foreach (var id in new[] { "state", "body", "from", "to" })
        {
            var label = (await page.Locator($"label[for='{id}']").BoundingBoxAsync())!;
            var field = (await page.Locator($"#{id}").BoundingBoxAsync())!;
            Assert.True(label.X + label.Width <= field.X, $"queue {id}: the label is not beside its field");
            Assert.InRange(label.Y + label.Height / 2, field.Y, field.Y + field.Height);
            Assert.True(field.X + field.Width <= 390, $"queue {id}: the field runs past the screen");
        }

        await page.GotoAsync("/staff/cards");
        AssertSiteFields(await page.EvaluateAsync<string[]>(FieldStyles), "serial", "reason");

        await page.GotoAsync("/corrections/status/?ticket=GZ-2026-000099&token=abc");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("未找到该申请");
        AssertSiteFields(await page.EvaluateAsync<string[]>(FieldStyles), "ticket", "token");
    }

    private static void AssertSiteFields(string[] styles, params string[] expected)
    {
        Assert.Equal(expected, styles.Select(s => s[..s.IndexOf(':')]));
        // 16 px text, 0.4rem of padding, the site's grey border (the browser's own: 13.33 px, 1 px, black or light grey).
        Assert.All(styles, s => Assert.EndsWith(": 16px 6.4px rgb(107, 107, 107)", s));
    }
}

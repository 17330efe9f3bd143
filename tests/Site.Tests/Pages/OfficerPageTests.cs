namespace Enforcement.Site.Tests.Pages;

public sealed class OfficerPageTests(TestSite site) : IClassFixture<TestSite>
{
    private string Answer(string certificate) =>
        Html.TextOf(site.Page($"/officers/{certificate}/").QuerySelector(".verdict__answer"));

    [Theory]
    [InlineData("36090012345", "有效")]       // active, valid until 2028-12-31
    [InlineData("36090022001", "有效")]       // active, no end date
    [InlineData("36090012346", "暂停执法")]   // suspended
    [InlineData("36090012347", "已吊销")]     // revoked
    [InlineData("36090012348", "已过期")]     // active but validUntil 2025-12-31 is before the build day
    public void Verification_page_answers_the_certificates_status(string certificate, string expected) =>
        Assert.Equal(expected, Answer(certificate));

    [Fact]
    public void A_certificate_that_is_not_registered_lands_on_a_page_that_says_so_and_gives_the_supervision_phone()
    {
        // /officers/{a number nobody has}/ is answered with 404.html (Netlify, nginx and the preview alike).
        var section = site.Page("/404.html").QuerySelector("section.officer-not-found")!;
        Assert.Contains("没有登记这个执法证号", section.TextContent);
        Assert.Equal("tel:0795-1234567", section.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    [Fact]
    public void The_answer_comes_first_in_main_and_a_valid_one_gives_its_end_date()
    {
        var main = site.Page("/officers/36090012345/").QuerySelector("main")!;
        var first = main.Children.Skip(1).First(); // after the h1
        Assert.Contains("verdict", first.ClassList);
        Assert.Contains("2028年12月31日", first.TextContent);
        // The build's day is given as the day of the answer, not as a check made today.
        var asOf = first.QuerySelector(".verdict__checked")!.TextContent;
        Assert.StartsWith("以上为 ", asOf);
        Assert.Contains("的状态", asOf);
        Assert.DoesNotContain("核验日期", first.TextContent);
    }

    [Fact]
    public void Verification_page_says_rating_needs_the_card_handed_over_and_links_to_corrections()
    {
        var doc = site.Page("/officers/36090012345/");
        var how = Html.TextOf(doc.QuerySelector("section.rating-how"));
        Assert.Contains("扫描监督卡上的二维码", how);
        Assert.Contains("本页只用于核验身份，不能评价", how);
        Assert.Null(doc.QuerySelector("main form"));
        Assert.DoesNotContain("token=", site.Text("/officers/36090012345/"));
        Assert.Contains(doc.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/corrections/?certificate=36090012345");
    }

    [Theory]
    [InlineData("36090012346")] // suspended
    [InlineData("36090012347")] // revoked
    [InlineData("36090012348")] // expired
    public void A_certificate_that_may_not_be_used_says_what_to_do_if_its_holder_is_inspecting_and_invites_no_rating(string certificate)
    {
        var doc = site.Page($"/officers/{certificate}/");
        var how = Html.TextOf(doc.QuerySelector("section.rating-how"));
        Assert.Contains("请要求其出示有效证件", how);
        Assert.DoesNotContain("即可核验身份并评价", how);
        Assert.Equal("tel:0795-1234567", doc.QuerySelector("section.rating-how a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("反映，监督电话 0795-1234567。", how);
    }

    [Fact]
    public void The_supervision_phone_is_a_number_to_tap()
    {
        var doc = site.Page("/officers/36090012345/");
        Assert.Contains(doc.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "tel:0795-1234567");
        Assert.DoesNotContain("@", Html.TextOf(doc.QuerySelector("main")));
    }

    [Fact]
    public void No_card_is_printed_by_the_public_site()
    {
        foreach (var certificate in new[] { "36090012345", "36090012346", "36090012347", "36090012348" })
        {
            Assert.False(site.Exists($"/officers/{certificate}/card/"));
            Assert.DoesNotContain("/card/", site.Text($"/officers/{certificate}/"));
        }
        Assert.False(site.Exists("/bodies/test-amr/cards/"));
        Assert.DoesNotContain("打印全部监督卡", site.Text("/bodies/test-amr/"));
    }

    [Fact]
    public void Officer_list_has_every_column_and_a_section_per_body()
    {
        var doc = site.Page("/officers/");
        var headers = doc.QuerySelectorAll("#body-test-amr thead th").Select(th => th.TextContent).ToList();
        // What a person checks first, so on a phone it is on the first screen.
        Assert.Equal(["姓名", "执法证号", "状态", "单位", "职务", "执法类别", "执法区域", "案件主办人"], headers);
        Assert.Equal(4, doc.QuerySelectorAll("#body-test-amr tbody tr").Length);
        Assert.Equal(1, doc.QuerySelectorAll("#body-test-commerce tbody tr").Length);
        Assert.NotNull(doc.QuerySelector("#body-test-miit"));
        // The filter links at the top jump to each body's section without JavaScript.
        var filters = doc.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#body-test-amr", "#body-test-commerce", "#body-test-miit"], filters);
        var revoked = doc.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("36090012347"));
        Assert.Contains("已吊销", revoked.TextContent);
    }
}

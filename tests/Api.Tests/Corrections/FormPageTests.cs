using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Enforcement.Ui.Corrections;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>
/// The correction form as the API renders it for browsers without JavaScript: opened from a "申请更正" link (the
/// proxies send /corrections/?decision= here), and again after a refused post, with what was typed.
/// </summary>
public class FormPageTests
{
    [Fact]
    public async Task A_decisions_link_opens_the_form_with_its_number_filled_in_and_says_so()
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().GetAsync("/api/corrections/form?decision=" + Uri.EscapeDataString(" " + TestApi.Decision + " "));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Contains(TestApi.ShellMarker, page.DocumentElement.OuterHtml);
        Assert.Equal(TestApi.Decision, Input(page, "decision").Value);
        Assert.Equal("", Input(page, "certificate").Value);
        Assert.EndsWith(CorrectionRequestForm.FilledNote, page.QuerySelector("#record-hint")!.TextContent);
        var form = (IHtmlFormElement)page.QuerySelector("#correction-form")!;
        Assert.Equal("/api/corrections", form.GetAttribute("action"));
        Assert.Equal("multipart/form-data", form.Enctype);
        // Nothing refused yet: no error summary, no field marked.
        Assert.Null(page.QuerySelector("#correction-errors"));
        Assert.Empty(page.QuerySelectorAll("[aria-invalid]"));
        Html.AssertCspClean(page);
    }

    [Theory]
    [InlineData("certificate", "３６０９ ００１２ ３４５", TestApi.Certificate)]
    [InlineData("decision", "宜市监处罚(2025)12号", TestApi.Decision)]
    [InlineData("decision", "文书号：宜市监处罚〔2025〕12号", TestApi.Decision)]
    public async Task A_published_records_number_typed_untidily_in_a_link_is_filled_in_as_published(string field, string typed, string published)
    {
        // The form showed the full-width, spaced digits it was given; the request was filed under the right record anyway.
        await using var portal = new TestApi();
        var page = await Html.ReadAsync(await portal.Client().GetAsync($"/api/corrections/form?{field}=" + Uri.EscapeDataString(typed)));
        Assert.Equal(published, Input(page, field).Value);
    }

    [Fact]
    public async Task An_officers_link_fills_in_the_certificate_and_a_link_with_nothing_usable_fills_in_nothing()
    {
        await using var portal = new TestApi();
        var officer = await Html.ReadAsync(await portal.Client().GetAsync("/api/corrections/form?certificate=36010020250001"));
        Assert.Equal("36010020250001", Input(officer, "certificate").Value);
        Assert.Equal("", Input(officer, "decision").Value);

        // Far longer than any 文书号: not put into the form, and the hint does not claim it was.
        var junk = await Html.ReadAsync(await portal.Client().GetAsync("/api/corrections/form?decision=" + new string('号', 300) + "&name=张三"));
        Assert.Equal("", Input(junk, "decision").Value);
        Assert.Equal("", Input(junk, "name").Value);
        Assert.DoesNotContain(CorrectionRequestForm.FilledNote, junk.QuerySelector("#record-hint")!.TextContent);

        // Markup in the link is text in the field, nothing more.
        const string markup = "\"><script>alert(1)</script>";
        var marked = await Html.ReadAsync(await portal.Client().GetAsync("/api/corrections/form?decision=" + Uri.EscapeDataString(markup)));
        Assert.Equal(markup, Input(marked, "decision").Value);
        Assert.DoesNotContain(marked.QuerySelectorAll("script"), s => s.GetAttribute("src") is null);
    }

    [Fact]
    public async Task A_refused_form_post_answers_the_form_again_with_what_was_typed_and_each_error_beside_its_field()
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request["email"] = "zhangsan@";
        request.Remove("consent");
        request.Remove("description");
        using var response = await portal.Client().PostAsync("/api/corrections", SubmitTests.Form(request, ("决定书.pdf", SubmitTests.Pdf)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Contains(TestApi.ShellMarker, page.DocumentElement.OuterHtml);

        // What was typed is still there, to be corrected rather than typed again.
        Assert.Equal(TestApi.Decision, Input(page, "decision").Value);
        Assert.Equal("张三", Input(page, "name").Value);
        Assert.Equal("zhangsan@", Input(page, "email").Value);
        Assert.Equal("138 1234 5678", Input(page, "phone").Value);
        Assert.Equal("决定书原件中的罚款金额为 5000 元。", ((IHtmlTextAreaElement)page.QuerySelector("#correction")!).Value);
        Assert.False(Input(page, "consent").IsChecked);
        Assert.DoesNotContain(CorrectionRequestForm.FilledNote, page.QuerySelector("#record-hint")!.TextContent);

        // A summary first, each item linking to its field, in the form's words (the label once, then what to do).
        var summary = page.QuerySelector("#correction-errors[role=alert]")!;
        // Without JavaScript the page opens on the problems, as corrections.js focuses them where it runs.
        Assert.True(summary.HasAttribute("autofocus"));
        var links = summary.QuerySelectorAll("li a").Select(a => (Href: a.GetAttribute("href"), a.TextContent)).ToList();
        // A message that starts with the field's name is not prefixed with it again (电子邮箱：电子邮箱格式不正确).
        Assert.Contains(links, l => l.Href == "#email" && l.TextContent.StartsWith("电子邮箱格式不正确", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href == "#consent" && l.TextContent.StartsWith("同意联系：请勾选同意", StringComparison.Ordinal));
        Assert.Contains(links, l => l.Href == "#description" && l.TextContent.StartsWith("哪里有误：请说明公示信息哪里有误", StringComparison.Ordinal));
        Assert.Equal(3, links.Count);
        // The file cannot be put back, and the page says so.
        Assert.Contains("附件须重新选择", summary.TextContent);

        // Each error straight after its field, which is marked invalid and described by it.
        foreach (var field in new[] { "email", "consent", "description" })
        {
            var input = page.GetElementById(field)!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Contains($"{field}-error", input.GetAttribute("aria-describedby")!.Split(' '));
            var error = input.Closest("p")!.NextElementSibling!;
            Assert.Equal($"{field}-error", error.Id);
            Assert.Contains("field-error", error.ClassList);
        }
        Assert.Null(Input(page, "name").GetAttribute("aria-invalid"));
        Assert.Equal("email-hint email-error", Input(page, "email").GetAttribute("aria-describedby"));

        // Nothing was filed: no request, no mail.
        Assert.Equal(0, await portal.DrainMailAsync());
    }

    private static IHtmlInputElement Input(IDocument page, string id) => (IHtmlInputElement)page.GetElementById(id)!;
}

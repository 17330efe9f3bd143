using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Corrections;
using Enforcement.Corrections;

namespace Enforcement.Api.Tests.Corrections;

/// <summary>What staff download is named for what it is, so a file cannot pose as another kind or hide its real extension.</summary>
public sealed class AttachmentNamingTests
{
    /// <summary>Starts as a PDF (so it is one), and is also a page a browser would run if it were taken for HTML.</summary>
    private static readonly byte[] Polyglot = Encoding.ASCII.GetBytes("%PDF-1.7\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n");

    private static async Task<JsonElement> FiledAttachmentsAsync(TestApi api, params (string Name, byte[] Content)[] files)
    {
        var (ticket, _) = await api.SubmitWithAttachmentsAsync(files);
        return (await api.StaffClient(TestApi.KeyAll).GetFromJsonAsync<JsonElement>($"/api/admin/corrections/{ticket}")).GetProperty("attachments");
    }

    [Fact]
    public async Task A_pdf_html_polyglot_named_evil_html_downloads_as_a_pdf()
    {
        await using var api = new TestApi();
        var attachment = (await FiledAttachmentsAsync(api, ("evil.html", Polyglot)))[0];
        Assert.Equal("evil.pdf", attachment.GetProperty("fileName").GetString());

        using var download = await api.StaffClient(TestApi.KeyAll).GetAsync(attachment.GetProperty("url").GetString());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("evil.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_right_to_left_override_cannot_disguise_an_attachments_extension()
    {
        await using var api = new TestApi();
        var attachments = await FiledAttachmentsAsync(api, ("invoice\u202Efdp.exe", SubmitTests.Png), ("扫描\u200B件\u0007.jpeg", SubmitTests.Jpeg));
        Assert.Equal(["invoicefdp.png", "扫描件.jpeg"], attachments.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
    }

    [Fact]
    public async Task A_file_smuggled_in_under_another_field_is_refused()
    {
        await using var api = new TestApi();
        var form = SubmitTests.Form(TestApi.ValidRequest());
        var file = new ByteArrayContent(SubmitTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "evidence", "证据.pdf");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = form };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await api.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("只能通过「附件」上传文件", errors.GetProperty("evidence")[0].GetString());
        Assert.Equal(0, await api.CountAsync("SELECT COUNT(*) FROM correction_attachments"));
    }

    [Theory]
    [InlineData("决定书.pdf", AttachmentKind.Pdf, "决定书.pdf")]
    [InlineData("scan.PDF", AttachmentKind.Pdf, "scan.PDF")]
    [InlineData("evil.html", AttachmentKind.Pdf, "evil.pdf")]
    [InlineData("photo.jpeg", AttachmentKind.Jpeg, "photo.jpeg")]
    [InlineData("photo.png", AttachmentKind.Jpeg, "photo.jpg")]
    [InlineData("report.pdf.exe", AttachmentKind.Pdf, "report.pdf.pdf")]
    [InlineData("noextension", AttachmentKind.Png, "noextension.png")]
    [InlineData("../../etc/passwd", AttachmentKind.Pdf, "passwd.pdf")]
    [InlineData("C:\\Users\\张三\\证据.png", AttachmentKind.Png, "证据.png")]
    [InlineData(".htaccess", AttachmentKind.Pdf, "htaccess.pdf")]
    [InlineData("\u202E\u200F", AttachmentKind.Pdf, "附件2.pdf")]
    [InlineData("", AttachmentKind.Jpeg, "附件2.jpg")]
    [InlineData("a\u2028b\u0000c.pdf", AttachmentKind.Pdf, "abc.pdf")]
    public void The_name_follows_the_content_and_shows_no_invisible_characters(string given, AttachmentKind kind, string kept) =>
        Assert.Equal(kept, AttachmentNames.For(given, kind, 2));
}

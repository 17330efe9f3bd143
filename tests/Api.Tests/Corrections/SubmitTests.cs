using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Enforcement.Api.Tests.Corrections;

public class SubmitTests
{
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n");
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];
    internal static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0];

    internal static MultipartFormDataContent Form(Dictionary<string, object?> fields, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
            if (value is not null) form.Add(new StringContent(value is bool b ? (b ? "true" : "false") : value.ToString()!), key);
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "attachments", name);
        }
        return form;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    [Fact]
    public async Task A_json_request_answers_201_with_a_ticket_a_secret_token_and_its_location()
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", TestApi.ValidRequest());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var ticket = json.GetProperty("ticket").GetString()!;
        var token = json.GetProperty("token").GetString()!;
        Assert.Equal("GZ-2026-000001", ticket);
        Assert.True(Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + "=").Length >= 16, "token carries at least 128 bits");
        Assert.Equal($"/api/corrections/{ticket}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Tickets_are_numbered_on_within_the_year_and_restart_each_year()
    {
        await using var portal = new TestApi(now: "2026-12-31 23:00");
        Assert.Equal("GZ-2026-000001", (await portal.SubmitAsync()).Ticket);
        Assert.Equal("GZ-2026-000002", (await portal.SubmitAsync()).Ticket);
        portal.Clock.Advance(TimeSpan.FromHours(2)); // 1 January 2027 in China
        Assert.Equal("GZ-2027-000001", (await portal.SubmitAsync()).Ticket);
    }

    [Theory]
    [InlineData(TestApi.Certificate)]
    // As people copy it from a card: grouped by spaces, in full-width digits, after its label.
    [InlineData("3609 0012 345")]
    [InlineData("３６０９００１２３４５")]
    [InlineData("执法证号：36090012345")]
    public async Task An_officer_can_be_named_by_certificate_instead_of_a_decision(string typed)
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request.Remove("decision");
        request["certificate"] = typed;
        var (ticket, token) = await portal.SubmitAsync(request);

        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal("certificate", status.GetProperty("record").GetProperty("kind").GetString());
        Assert.Contains("李明", status.GetProperty("record").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("宜市监处罚[2025]12号")]
    [InlineData("宜市监处罚［2025］12号")]         // full-width square brackets
    [InlineData("宜市监处罚〔２０２５〕１２号")]    // full-width digits
    [InlineData("宜市监处罚〔2025〕12")]           // 号 left off
    [InlineData("宜市监罚(2025)第12号")]
    [InlineData("文书号：宜市监处罚〔2025〕12号")]   // copied from the paper with its label
    [InlineData("决定书文号: 宜市监处罚(2025)12号")]
    public async Task A_decision_number_typed_as_people_type_it_is_found(string typed)
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync(TestApi.ValidRequest(typed));
        var status = await portal.Client().GetFromJsonAsync<JsonElement>($"/api/corrections/{ticket}?token={token}");
        Assert.Equal(TestApi.Decision, status.GetProperty("record").GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_record_that_is_not_published_is_a_field_error_in_chinese()
    {
        await using var portal = new TestApi();
        using var unknownDecision = await portal.Client().PostAsJsonAsync("/api/corrections", TestApi.ValidRequest("宜市监处罚〔2099〕1号"));
        var unknown = (await ErrorsAsync(unknownDecision)).GetProperty("decision")[0].GetString();
        Assert.Contains("未找到文书号", unknown);
        // A decision whose publicity has ended is not in the registry either: its party is told why, not only to check the number.
        Assert.Contains("公示期已满的处罚决定已停止公示", unknown);

        var request = TestApi.ValidRequest();
        request.Remove("decision");
        request["certificate"] = "99999999999";
        using var unknownOfficer = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Contains("未找到执法证号", (await ErrorsAsync(unknownOfficer)).GetProperty("certificate")[0].GetString());

        request.Remove("certificate");
        using var neither = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Contains("文书号", (await ErrorsAsync(neither)).GetProperty("decision")[0].GetString());
    }

    [Fact]
    public async Task An_address_typed_with_a_Chinese_input_methods_dot_or_full_width_letters_is_the_address_meant()
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request["email"] = "ｚｈａｎｇｓａｎ＠example。com";
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await portal.DrainMailAsync();
        Assert.Single(portal.MailsTo(TestApi.Requester));
    }

    [Fact]
    public async Task A_text_of_2000_characters_ending_in_emoji_is_within_the_limit()
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request["description"] = new string('错', 1995) + string.Concat(Enumerable.Repeat("😡", 5));
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\uFEFF \u200D\u3000")]
    public async Task A_required_text_of_only_invisible_characters_is_empty(string invisible)
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request["description"] = invisible;
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Contains("请", (await ErrorsAsync(response)).GetProperty("description")[0].GetString());
        Assert.Equal(0, await portal.CountAsync("SELECT COUNT(*) FROM corrections"));
    }

    [Fact]
    public async Task Bidi_controls_that_would_show_staff_the_text_in_another_order_are_dropped()
    {
        // Shown as typed, 罚款 20000 元\u202E01 reads 罚款 20000 元10 to staff: the override reverses what follows it.
        var toBody = (await MailToTheBodyAsync(request =>
        {
            request["correction"] = "罚款应为\u202E0002\u202C元";
            request["description"] = "\u2067金额\u2069有误";
        })).TextBody;
        Assert.Contains("罚款应为0002元", toBody);
        Assert.Contains("金额有误", toBody);
        Assert.DoesNotMatch("[\u202A-\u202E\u2066-\u2069]", toBody);
    }

    [Fact]
    public async Task The_mail_to_the_body_about_an_officer_says_the_number_is_a_certificate()
    {
        var toBody = await MailToTheBodyAsync(request =>
        {
            request.Remove("decision");
            request["certificate"] = "36090012345";
        });
        Assert.Contains("：执法证号 36090012345（答复期限", toBody.Subject);
    }

    [Fact]
    public async Task A_landline_typed_with_a_space_reaches_staff_with_its_area_code_apart() =>
        // Kept as one run of digits (07957654321), it was written so in the mail to the body.
        Assert.Contains("联系电话：0795-7654321", (await MailToTheBodyAsync(request => request["phone"] = "0795 7654321")).TextBody);

    /// <summary>The mail the body is sent once a request, changed from a valid one, is submitted and confirmed.</summary>
    private static async Task<MimeKit.MimeMessage> MailToTheBodyAsync(Action<Dictionary<string, object?>> change)
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        change(request);
        await portal.SubmitConfirmedAsync(request);
        await portal.DrainMailAsync();
        return Assert.Single(portal.MailsTo(TestApi.Notify));
    }

    [Fact]
    public async Task Every_missing_or_wrong_field_is_named_in_one_answer()
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", new Dictionary<string, object?>
        {
            ["decision"] = TestApi.Decision,
            ["description"] = new string('错', 2001),
            ["email"] = "zhangsan@",
            ["phone"] = "12345",
            ["consent"] = false,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "description", "correction", "name", "email", "phone", "consent" })
            Assert.True(errors.TryGetProperty(field, out _), $"an error for {field}");
        Assert.Contains("2000", errors.GetProperty("description")[0].GetString());
        Assert.Contains("格式不正确", errors.GetProperty("email")[0].GetString());
        Assert.Contains("同意", errors.GetProperty("consent")[0].GetString());
        // "detail" reads as one sentence: the messages joined by ；, not 。；.
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.DoesNotContain("。；", detail);
        Assert.EndsWith("。", detail);
        Assert.Empty(Directory.Exists(portal.PickupFolder) ? Directory.GetFiles(portal.PickupFolder) : []);
    }

    [Fact]
    public async Task A_form_post_with_attachments_goes_on_to_the_status_page_which_says_the_next_step_and_reloads_without_filing_again()
    {
        await using var portal = new TestApi();
        using var response = await portal.Client().PostAsync("/api/corrections",
            Form(TestApi.ValidRequest(), ("决定书.pdf", Pdf), ("照片.png", Png), ("扫描件.jpg", Jpeg)));

        // Not a page answering the post: a Reload of that asked to send the form again, and filed a second request.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/corrections/status/?ticket=GZ-2026-000001&token=", location);
        Assert.EndsWith("&submitted=1", location);
        Assert.True(response.Headers.CacheControl?.NoStore, "the address carries the status token: Cache-Control: no-store");

        // The status page the proxies serve at that address, opened and then reloaded.
        var statusPage = "/api/corrections/status/page" + location[location.IndexOf('?')..];
        foreach (var _ in new[] { "opened", "reloaded" })
        {
            var page = await Html.ReadAsync(await portal.Client().GetAsync(statusPage));
            Assert.Equal("申请已提交", page.Text("h1"));
            Assert.Contains("GZ-2026-000001", page.Text("[role=status]"));
            Assert.Contains("请查收邮件并确认", page.Text("main"));
            // The address the confirmation went to, so that a mistyped one is noticed while the person is still here.
            Assert.Equal(TestApi.Requester, page.Text(".mailed-to"));
        }
        Assert.Equal(1, await portal.CountAsync("SELECT COUNT(*) FROM corrections"));
        await portal.DrainMailAsync();
        Assert.Single(portal.MailsTo(TestApi.Requester));

        // Once confirmed, the same address (a bookmark) is the ordinary status page, which names no contact.
        using (await portal.Client().PostAsJsonAsync("/api/corrections/GZ-2026-000001/confirm", new { token = portal.MailedToken("GZ-2026-000001") })) { }
        var later = await Html.ReadAsync(await portal.Client().GetAsync(statusPage));
        Assert.Equal("更正申请进度 GZ-2026-000001", later.Text("h1"));
        Assert.DoesNotContain(TestApi.Requester, later.Text("main"));

        using var staff = await portal.StaffClient(TestApi.KeyAll).GetAsync("/api/admin/corrections/GZ-2026-000001");
        var attachments = (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attachments");
        Assert.Equal(["application/pdf", "image/png", "image/jpeg"], attachments.EnumerateArray().Select(a => a.GetProperty("contentType").GetString()));
        Assert.Equal(["决定书.pdf", "照片.png", "扫描件.jpg"], attachments.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
    }

    [Fact]
    public async Task A_script_that_posts_the_form_asking_for_json_gets_json()
    {
        await using var portal = new TestApi();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = Form(TestApi.ValidRequest()) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await portal.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("GZ-2026-000001", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticket").GetString());
    }

    [Fact]
    public async Task An_empty_file_input_is_ignored()
    {
        await using var portal = new TestApi();
        var form = Form(TestApi.ValidRequest());
        var empty = new ByteArrayContent([]);
        empty.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(empty, "attachments", "\"\"");
        using var response = await portal.Client().PostAsync("/api/corrections", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Attachments_are_checked_by_content_not_by_name()
    {
        await using var portal = new TestApi();
        var program = Encoding.ASCII.GetBytes("MZ\u0090\0 this is a program");
        using var response = await portal.Client().PostAsync("/api/corrections",
            Form(TestApi.ValidRequest(), ("证据.pdf", program)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("证据.pdf", html);
        Assert.Contains("不是 PDF、JPEG 或 PNG 文件", html);

        // Named like a program, but a PDF: accepted as a PDF.
        using var renamed = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = Form(TestApi.ValidRequest(), ("scan.exe", Pdf)) };
        renamed.Headers.Accept.ParseAdd("application/json");
        Assert.Equal(HttpStatusCode.Created, (await portal.Client().SendAsync(renamed)).StatusCode);
    }

    [Fact]
    public async Task At_most_three_attachments_of_five_megabytes_each()
    {
        await using var portal = new TestApi();
        using var four = new HttpRequestMessage(HttpMethod.Post, "/api/corrections")
        {
            Content = Form(TestApi.ValidRequest(), ("1.pdf", Pdf), ("2.pdf", Pdf), ("3.pdf", Pdf), ("4.pdf", Pdf)),
        };
        four.Headers.Accept.ParseAdd("application/json");
        Assert.Contains("最多上传 3 个附件", (await ErrorsAsync(await portal.Client().SendAsync(four))).GetProperty("attachments")[0].GetString());

        var big = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);
        using var tooBig = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = Form(TestApi.ValidRequest(), ("big.pdf", big)) };
        tooBig.Headers.Accept.ParseAdd("application/json");
        Assert.Contains("超过 5 MB", (await ErrorsAsync(await portal.Client().SendAsync(tooBig))).GetProperty("attachments")[0].GetString());
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        await using var portal = new TestApi();
        var huge = new byte[17 * 1024 * 1024];
        using var response = await portal.Client().PostAsync("/api/corrections", Form(TestApi.ValidRequest(), ("huge.pdf", huge)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_filled_honeypot_files_nothing()
    {
        await using var portal = new TestApi();
        var request = TestApi.ValidRequest();
        request["website"] = "https://spam.example";
        using var response = await portal.Client().PostAsJsonAsync("/api/corrections", request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        await portal.DrainMailAsync();
        Assert.Empty(portal.Mails());
        using var staff = await portal.StaffClient(TestApi.KeyAll).GetAsync("/api/admin/corrections?status=pending");
        Assert.Equal(0, (await staff.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Requests_sent_back_for_a_mistake_do_not_use_up_the_addresss_allowance()
    {
        await using var portal = new TestApi(new() { ["Portal:RateLimits:SubmitPermits"] = "2" });
        var wrong = TestApi.ValidRequest();
        wrong.Remove("email");
        for (var i = 0; i < 3; i++)
        {
            using var refused = await portal.Client().PostAsJsonAsync("/api/corrections", wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        await portal.SubmitAsync();
        await portal.SubmitAsync();
        using var third = await portal.Client().PostAsJsonAsync("/api/corrections", TestApi.ValidRequest());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_answer_429_with_retry_after()
    {
        await using var portal = new TestApi(new() { ["Portal:RateLimits:SubmitPermits"] = "2" });
        await portal.SubmitAsync();
        await portal.SubmitAsync();
        using var third = await portal.Client().PostAsJsonAsync("/api/corrections", TestApi.ValidRequest());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);

        // The page's script posts the form asking for JSON: it gets the reason to show, not a page it cannot read.
        using var fromScript = new HttpRequestMessage(HttpMethod.Post, "/api/corrections") { Content = Form(TestApi.ValidRequest()) };
        fromScript.Headers.Accept.ParseAdd("application/json");
        using var scripted = await portal.Client().SendAsync(fromScript);
        Assert.Equal(HttpStatusCode.TooManyRequests, scripted.StatusCode);
        Assert.Contains("分钟后再试", (await scripted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        // Without JavaScript, the form again as it was filled in, with the wait: a page saying only 请求过于频繁 lost it all.
        using var plain = await portal.Client().PostAsync("/api/corrections", Form(TestApi.ValidRequest()));
        Assert.Equal(HttpStatusCode.TooManyRequests, plain.StatusCode);
        var page = await Html.ReadAsync(plain);
        Assert.Contains("分钟后再试", page.Text("#correction-errors"));
        Assert.Equal(TestApi.ValidRequest()["description"], page.QuerySelector("textarea[name=description]")!.TextContent);
        Assert.Equal(TestApi.Requester, page.QuerySelector("input[name=email]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_requester_is_emailed_the_ticket_and_a_private_link_at_once()
    {
        await using var portal = new TestApi();
        var (ticket, token) = await portal.SubmitAsync();
        Assert.Equal(1, await portal.DrainMailAsync());

        var mail = Assert.Single(portal.Mails());
        Assert.Equal(TestApi.Requester, mail.To.Mailboxes.Single().Address);
        Assert.Contains(ticket, mail.Subject);
        var (url, mailedToken) = TestApi.MailedLink([mail], ticket);
        Assert.StartsWith("https://zfgs.example.gov.cn/corrections/status/?ticket=GZ-2026-000001&token=", url);
        Assert.Contains("2026年3月9日 10:00 前未确认的申请将自动失效", mail.TextBody);
        // The e-mailed token confirms; the one given back on submission only views, so confirming needs the mailbox.
        Assert.NotEqual(token, mailedToken);
    }

    [Fact]
    public async Task The_bodys_mail_links_to_the_request_in_the_staff_console()
    {
        await using var portal = new TestApi(new() { ["Portal:ConsoleUrl"] = "https://zfgs-api.example.gov.cn/staff/" });
        var ticket = await portal.SubmitConfirmedAsync();
        await portal.DrainMailAsync();
        var toBody = Assert.Single(portal.Mails(), m => m.To.Mailboxes.Single().Address != TestApi.Requester);
        // On a line of its own: a mail client that links up to the next space must not take what follows into the link.
        Assert.Contains($"\nhttps://zfgs-api.example.gov.cn/staff/corrections/{ticket}\n", toBody.TextBody!.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("密钥", toBody.TextBody);
        Assert.DoesNotContain("/api/admin/", toBody.TextBody);
    }

    [Fact]
    public async Task Without_the_consoles_address_the_bodys_mail_gives_the_path_in_words_staff_use()
    {
        await using var portal = new TestApi();
        var ticket = await portal.SubmitConfirmedAsync();
        await portal.DrainMailAsync();
        var toBody = Assert.Single(portal.Mails(), m => m.To.Mailboxes.Single().Address != TestApi.Requester);
        // Said so it cannot be doubled: put after the console's address …/staff/, the path read /staff/staff/….
        Assert.Contains($"/staff/corrections/{ticket}（把工作台登录页地址中的 /staff/login 换成这段路径打开）", toBody.TextBody);
        Assert.DoesNotContain("API", toBody.TextBody);
    }

    [Fact]
    public async Task The_answers_carrying_the_status_token_are_never_cached_nor_sent_on_as_a_referer()
    {
        await using var portal = new TestApi();
        using var json = await portal.Client().PostAsJsonAsync("/api/corrections", TestApi.ValidRequest());
        using var page = await portal.Client().PostAsync("/api/corrections", Form(TestApi.ValidRequest()));
        foreach (var response in new[] { json, page })
        {
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Redirect, response.StatusCode.ToString());
            Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }
}

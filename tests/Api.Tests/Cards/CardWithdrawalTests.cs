using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Cards;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Api.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Enforcement.Cards;

namespace Enforcement.Api.Tests.Cards;

/// <summary>One card withdrawn or replaced without reprinting anyone else's; the old QR code still verifies, says why, and cannot rate.</summary>
public class CardWithdrawalTests
{
    private static readonly string Active = TestApi.Active.Certificate;

    private static async Task<AngleSharp.Dom.IDocument> OfficerPageAsync(TestApi app, string token) =>
        await Html.ReadAsync(await app.Client().GetAsync($"/api/officers/{Active}/page?token={Uri.EscapeDataString(token)}"));

    [Fact]
    public async Task A_revoked_card_shows_the_officer_and_why_but_no_form_and_its_ratings_are_refused()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var oldToken = TestApi.TokenFor(Active);
        var staff = app.StaffClient(TestApi.YichunKey);

        var revoke = await staff.PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "lost" });
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        var card = await revoke.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("revoked", card.GetProperty("state").GetString());
        Assert.Equal(Active, card.GetProperty("certificate").GetString());

        var page = await OfficerPageAsync(app, oldToken);
        Assert.Equal("有效", page.Text(".verdict-answer strong")); // the officer is still who they say
        Assert.Null(page.QuerySelector("form.rating-form"));
        Assert.Equal("这张监督卡（卡号 000001）已于 2026年3月15日 停用，原因：监督卡遗失。", page.Text(".card-notice"));
        // Someone at the door may be showing a lost card: the warning comes before the officer's 有效, which is not green.
        var warning = page.QuerySelector("section.card-stopped[role=alert]");
        Assert.NotNull(warning);
        Assert.Contains("监督卡遗失", warning.TextContent);
        Assert.Contains("不一定是本人", warning.TextContent);
        Assert.True(warning.CompareDocumentPosition(page.QuerySelector(".verdict")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Contains("verdict-card-stopped", page.QuerySelector(".verdict")!.ClassName);

        var refused = await TestApi.PostJson(app.Client(), TestApi.ValidRating());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("停用", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("token")[0].GetString());
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM ratings"));

        // The next print gives the officer a new card, which rates; nobody else's card changed.
        var reprinted = await Html.ReadAsync(await staff.GetAsync($"/api/admin/cards/yichun-amr/{Active}"));
        Assert.Equal("卡号 000006", reprinted.Text(".card-serial"));
        var newToken = CardToken.For(Active, 6, TestApi.CardKey);
        Assert.EndsWith("?token=" + newToken, reprinted.Text(".card-link a"));
        Assert.NotNull((await OfficerPageAsync(app, newToken)).QuerySelector("form.rating-form"));
        var rating = TestApi.ValidRating();
        rating["token"] = newToken;
        Assert.Equal(HttpStatusCode.Created, (await TestApi.PostJson(app.Client(), rating)).StatusCode);
        Assert.Equal("revoked", (await staff.GetFromJsonAsync<JsonElement>("/api/admin/cards/serials/1")).GetProperty("state").GetString());
        Assert.Equal("current", (await staff.GetFromJsonAsync<JsonElement>("/api/admin/cards/serials/2")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_body_sheet_leaves_out_a_withdrawn_card_and_links_the_officers_own_card_page_for_a_new_one()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var staff = app.StaffClient(TestApi.YichunKey);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "stolen" })).StatusCode);

        var sheet = await Html.ReadAsync(await staff.GetAsync("/api/admin/cards/yichun-amr"));
        Assert.Empty(sheet.QuerySelectorAll(".card-sheet-many article.supervision-card"));
        Assert.Contains("本页没有可打印的监督卡", sheet.Text(".print-hint"));
        Assert.Contains("卡号 000001 已于 2026年3月15日 停用（监督卡被盗）", sheet.Text(".cards-left-out"));
        Assert.Equal($"/api/admin/cards/yichun-amr/{Active}", sheet.QuerySelector(".cards-left-out a")?.GetAttribute("href"));
        Assert.Equal(5, await app.CountAsync("SELECT COUNT(*) FROM card_serials"));
        Assert.Equal("revoked", (await staff.GetFromJsonAsync<JsonElement>("/api/admin/cards/serials/1")).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Cards_looked_up_at_the_same_moment_are_each_answered_for_themselves()
    {
        // Lookups arriving together share one query to the register (CardLookups): each must still get its own card.
        using var app = new TestApi(now: TestApi.RatingNow);
        Assert.Equal(HttpStatusCode.OK, (await app.StaffClient(TestApi.YichunKey).PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "lost" })).StatusCode);
        var lookups = app.Services.GetRequiredService<CardLookups>();
        var serials = Enumerable.Range(0, 300).Select(i => (long)(i % 7 + 1)).ToList(); // 6 and 7 were never issued
        var found = await Task.WhenAll(serials.Select(s => lookups.FindAsync(s, CancellationToken.None)));
        for (var i = 0; i < serials.Count; i++)
        {
            if (serials[i] > TestApi.Carded.Length) { Assert.Null(found[i]); continue; }
            Assert.Equal(serials[i], found[i]!.Serial);
            Assert.Equal(TestApi.Carded[serials[i] - 1].Certificate, found[i]!.Certificate);
            Assert.Equal(serials[i] == 1, found[i]!.RevokedAt is not null);
        }
    }

    [Fact]
    public async Task A_reissued_card_supersedes_the_old_one()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var oldToken = TestApi.TokenFor(Active);
        var reissue = await app.StaffClient(TestApi.SupervisionKey).PostAsync($"/api/admin/cards/yichun-amr/{Active}/reissue", null);
        Assert.Equal(HttpStatusCode.OK, reissue.StatusCode);
        Assert.Equal(6, (await reissue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("serial").GetInt64());

        var page = await OfficerPageAsync(app, oldToken);
        Assert.Null(page.QuerySelector("form.rating-form"));
        Assert.Contains("已于 2026年3月15日 换发新卡", page.Text(".card-notice"));
        Assert.NotNull((await OfficerPageAsync(app, CardToken.For(Active, 6, TestApi.CardKey))).QuerySelector("form.rating-form"));
    }

    [Fact]
    public async Task Ratings_written_together_each_meet_their_own_card_in_the_register()
    {
        // The register is asked in the ratings' own write (RatingBatch): a batch holding replaced and current cards
        // must refuse exactly the replaced ones.
        using var app = new TestApi(now: TestApi.RatingNow);
        var oldToken = TestApi.TokenFor(Active);
        await app.StaffClient(TestApi.SupervisionKey).PostAsync($"/api/admin/cards/yichun-amr/{Active}/reissue", null);
        var newToken = CardToken.For(Active, 6, TestApi.CardKey);

        var sent = Enumerable.Range(0, 60).Select(async i =>
        {
            var rating = TestApi.ValidRating(i % 3 == 2 ? TestApi.OtherBody : TestApi.Active);
            if (i % 3 == 0) rating["token"] = oldToken;
            if (i % 3 == 1) rating["token"] = newToken;
            var answer = await TestApi.PostJson(app.Client($"198.51.100.{i + 20}"), rating);
            return (i, answer.StatusCode, Body: await answer.Content.ReadAsStringAsync());
        });
        foreach (var (i, status, body) in await Task.WhenAll(sent))
        {
            Assert.Equal(i % 3 == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.Created, status);
            if (i % 3 == 0) Assert.Contains("已于 2026年3月15日 换发新卡", body);
        }
        Assert.Equal(40, await app.CountAsync("SELECT COUNT(*) FROM ratings"));
        // Numbers were reserved for whole batches; the refused gave theirs back: references have no gaps.
        await using var db = await app.OpenDatabaseAsync();
        var references = await db.QueryAsync("SELECT reference FROM ratings ORDER BY reference", r => r.GetString(0));
        Assert.Equal(Enumerable.Range(1, 40).Select(n => $"PJ-2026-{n:D6}"), references);
        Assert.Equal(40, await app.CountAsync("SELECT last FROM rating_reference_counters WHERE year = 2026"));
    }

    [Fact]
    public async Task A_withdrawn_card_is_named_together_with_the_other_mistakes()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        await app.StaffClient(TestApi.YichunKey).PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "lost" });
        var rating = TestApi.ValidRating();
        rating["visitDate"] = "2026-03-16";

        var refused = await TestApi.PostJson(app.Client(), rating);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("停用", errors.GetProperty("token")[0].GetString());
        Assert.Equal("检查日期不能晚于今天。", errors.GetProperty("visitDate")[0].GetString());
    }

    [Fact]
    public async Task After_the_key_is_rotated_old_cards_only_verify()
    {
        using var app = new TestApi(new() { ["Portal:CardKey"] = CardToken.NewKey() }, now: TestApi.RatingNow);
        var page = await OfficerPageAsync(app, TestApi.TokenFor(Active));
        Assert.Equal("有效", page.Text(".verdict-answer strong"));
        Assert.Null(page.QuerySelector("form.rating-form"));
        Assert.Contains("凭证无效", page.Text(".card-notice"));
    }

    [Fact]
    public async Task A_forged_serial_or_a_token_without_one_does_not_rate()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        // Serial 2 is a real card, but of another officer: the MAC binds the serial to the certificate.
        var forged = "2" + TestApi.TokenFor(Active)[1..];
        foreach (var token in new[] { forged, "AbC-dEf_12345678", "99.AbC-dEf_12345678" })
            Assert.Null((await OfficerPageAsync(app, token)).QuerySelector("form.rating-form"));
    }

    [Fact]
    public async Task Revoking_needs_a_known_reason_and_the_cards_own_body()
    {
        using var app = new TestApi(now: TestApi.RatingNow);
        var yichun = app.StaffClient(TestApi.YichunKey);
        var bad = await yichun.PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "不想要了" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("lost", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString());
        // Serial 5 is the Yuanzhou officer's card: unknown to Yichun's key.
        Assert.Equal(HttpStatusCode.NotFound, (await yichun.PostAsJsonAsync("/api/admin/cards/serials/5/revoke", new { reason = "lost" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await yichun.PostAsJsonAsync("/api/admin/cards/serials/999/revoke", new { reason = "lost" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsJsonAsync("/api/admin/cards/serials/1/revoke", new { reason = "lost" })).StatusCode);
        Assert.Equal(0, await app.CountAsync("SELECT COUNT(*) FROM card_serials WHERE revoked_at IS NOT NULL"));
    }
}

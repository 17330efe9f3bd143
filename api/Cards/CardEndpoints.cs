using Enforcement.Api.Cards.Pages;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Registry;
using Enforcement.Time;

namespace Enforcement.Api.Cards;

/// <summary>
/// /api/admin/cards: the printable supervision cards, for staff only (their QR links carry the card tokens, so
/// they are never part of the public site), and withdrawing or reissuing one card. A body's key prints and
/// withdraws only its own body's cards.
/// </summary>
public static class CardEndpoints
{
    public static WebApplicationBuilder AddCards(this WebApplicationBuilder builder)
    {
        builder.Services.AddMigrations(CardSchema.Migrations);
        builder.Services.AddSingleton<CardLookups>();
        builder.Services.AddSingleton<CardSerials>();
        return builder;
    }

    public static WebApplication MapCards(this WebApplication app)
    {
        var staff = app.MapStaffGroup("/cards");
        staff.MapGet("/serials/{serial:long}", FindAsync);
        staff.MapPost("/serials/{serial:long}/revoke", RevokeAsync);
        MapPrinting(staff);
        staff.MapPost("/{body}/{certificate}/reissue", ReissueAsync);
        return app;
    }

    /// <summary>A body's sheet and one card, for whichever group knows the caller (a machine key, or the console's session).</summary>
    public static void MapPrinting(RouteGroupBuilder group)
    {
        group.MapGet("/{body}", SheetAsync);
        group.MapGet("/{body}/{certificate}", CardAsync);
    }

    /// <summary>
    /// An A4 sheet of every card of the body whose certificate is valid today, but for officers whose last card was
    /// withdrawn: the page names them (on screen only) and links each one's own card page, where 制新卡 makes theirs.
    /// </summary>
    private static async Task<IResult> SheetAsync(string body, HttpContext context, PortalData data, CardSerials serials, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (Scope(context, data, body) is { } refused) return refused;
        var registry = data.Registry!;
        var today = ChinaTime.Today(clock);
        var officers = registry.Officers.Where(o => o.BodySlug == body && OfficerStandings.Of(o, today) == OfficerStanding.Valid).ToList();
        var sheet = await serials.SheetAsync(body, [.. officers.Select(o => o.Certificate)], context.Staff().Name, cancel);
        var cards = officers.Where(o => sheet.Issued.ContainsKey(o.Certificate))
            .Select(o => new PrintedCard(o, sheet.Issued[o.Certificate], serials.VerifyUrl(registry.BaseUrl, o.Certificate, sheet.Issued[o.Certificate]))).ToList();
        // The officer's card page beside this sheet: /staff/cards/… in the console, /api/admin/cards/… for a key.
        var here = (context.Request.PathBase + context.Request.Path).Value!.TrimEnd('/');
        var leftOut = officers.Where(o => sheet.Withdrawn.ContainsKey(o.Certificate))
            .Select(o => new LeftOutCard(o, sheet.Withdrawn[o.Certificate], $"{here}/{Uri.EscapeDataString(o.Certificate)}")).ToList();
        var bodyName = data.Body(body)!.Name;
        context.Response.KeepPrivate();
        return await pages.PageAsync<BodyCardsPage>($"打印全部监督卡 - {bodyName}", new Dictionary<string, object?>
        {
            [nameof(BodyCardsPage.BodyName)] = bodyName,
            [nameof(BodyCardsPage.Office)] = registry.Supervision,
            [nameof(BodyCardsPage.Cards)] = cards,
            [nameof(BodyCardsPage.LeftOut)] = leftOut,
        });
    }

    /// <summary>One officer's card, on bank-card-sized paper.</summary>
    private static async Task<IResult> CardAsync(string body, string certificate, HttpContext context, PortalData data, CardSerials serials,
        TimeProvider clock, PageRenderer pages, CancellationToken cancel)
    {
        if (Scope(context, data, body) is { } refused) return refused;
        if (Printable(data, body, certificate, clock) is not { } officer) return NotPrintable(data, body, certificate, clock);
        var registry = data.Registry!;
        var serial = (await serials.CurrentAsync(body, [certificate], context.Staff().Name, cancel))[certificate];
        context.Response.KeepPrivate();
        return await pages.PageAsync<OfficerCardPage>($"行政执法监督卡 - {officer.Name}", new Dictionary<string, object?>
        {
            [nameof(OfficerCardPage.Card)] = new PrintedCard(officer, serial, serials.VerifyUrl(registry.BaseUrl, certificate, serial)),
            [nameof(OfficerCardPage.BodyName)] = data.Body(body)!.Name,
            [nameof(OfficerCardPage.Office)] = registry.Supervision,
        });
    }

    private static async Task<IResult> ReissueAsync(string body, string certificate, HttpContext context, PortalData data, CardSerials serials,
        TimeProvider clock, CancellationToken cancel)
    {
        if (Scope(context, data, body) is { } refused) return refused;
        if (Printable(data, body, certificate, clock) is null) return NotPrintable(data, body, certificate, clock);
        var serial = await serials.ReissueAsync(body, certificate, context.Staff().Name, cancel);
        return Results.Ok(new { serial, certificate, card = $"/api/admin/cards/{body}/{Uri.EscapeDataString(certificate)}" });
    }

    private static async Task<IResult> FindAsync(long serial, HttpContext context, CardSerials serials, CancellationToken cancel)
    {
        var card = await serials.FindAsync(serial, cancel);
        if (card is null || !context.Staff().MayActFor(card.Body)) return UnknownSerial(serial);
        return Results.Ok(View(card));
    }

    /// <summary>JSON {"reason": "lost" | "stolen" | "moved" | "damaged"}.</summary>
    private static async Task<IResult> RevokeAsync(long serial, RevokeRequest? request, HttpContext context, CardSerials serials, CancellationToken cancel)
    {
        if (!CardWithdrawals.TryParse(request?.Reason, out var reason))
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [$"停用原因应为以下之一：{string.Join("、", Enum.GetValues<CardWithdrawal>().Select(r => $"{r.Code()}（{r.Label()}）"))}。"],
            }, title: "停用原因有误");
        var card = await serials.FindAsync(serial, cancel);
        if (card is null || !context.Staff().MayActFor(card.Body)) return UnknownSerial(serial);
        return Results.Ok(View((await serials.RevokeAsync(serial, reason, context.Staff().Name, cancel))!));
    }

    public sealed record RevokeRequest(string? Reason);

    private static object View(CardRecord card) => new
    {
        serial = card.Serial,
        printed = CardSerial.Format(card.Serial),
        certificate = card.Certificate,
        body = card.Body,
        issuedAt = card.IssuedAt,
        state = card.RevokedAt is not null ? "revoked" : card.SupersededAt is not null ? "superseded" : "current",
        supersededAt = card.SupersededAt,
        revokedAt = card.RevokedAt,
        reason = card.Reason?.Code(),
        reasonLabel = card.Reason?.Label(),
    };

    /// <summary>The registry must be there, the body must exist and the key must act for it.</summary>
    private static IResult? Scope(HttpContext context, PortalData data, string body)
    {
        if (data.Registry is null) return PortalProblems.Unavailable();
        if (data.Body(body) is null)
            return Results.Problem(title: "查无此执法主体", detail: $"没有标识为“{Shorten(body)}”的执法主体。", statusCode: StatusCodes.Status404NotFound);
        if (!context.Staff().MayActFor(body))
            return Results.Problem(title: "无权打印该执法主体的监督卡", detail: "只能打印本单位执法人员的监督卡。",
                statusCode: StatusCodes.Status403Forbidden);
        return null;
    }

    /// <summary>The body's officer, when their certificate is valid today: nobody should print a card for a suspended officer.</summary>
    private static RegistryOfficer? Printable(PortalData data, string body, string certificate, TimeProvider clock) =>
        data.Officer(certificate) is { } officer && officer.BodySlug == body
        && OfficerStandings.Of(officer, ChinaTime.Today(clock)) == OfficerStanding.Valid ? officer : null;

    private static IResult NotPrintable(PortalData data, string body, string certificate, TimeProvider clock) =>
        data.Officer(certificate) is { } officer && officer.BodySlug == body
            ? Results.Problem(title: "证件当前无效，不制卡",
                detail: $"{officer.Name}（执法证号 {officer.Certificate}）的执法证状态为“{OfficerStandings.Of(officer, ChinaTime.Today(clock)).Label()}”，不能打印监督卡。",
                statusCode: StatusCodes.Status409Conflict)
            : Results.Problem(title: "查无此执法人员", detail: $"该执法主体下没有执法证号为“{Shorten(certificate)}”的执法人员。",
                statusCode: StatusCodes.Status404NotFound);

    private static IResult UnknownSerial(long serial) =>
        Results.Problem(title: "查无此卡号", detail: $"没有卡号为 {CardSerial.Format(serial)} 的监督卡，或它不属于本单位。", statusCode: StatusCodes.Status404NotFound);

    private static string Shorten(string text) => text.Length > 64 ? text[..64] : text;
}

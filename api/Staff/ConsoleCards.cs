using Enforcement.Api.Cards;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Staff.Pages;
using Enforcement.Registry;
using Enforcement.Time;
using Microsoft.AspNetCore.Antiforgery;

namespace Enforcement.Api.Staff;

/// <summary>
/// /staff/cards: print a body's sheet or one officer's card (the same pages as /api/admin/cards), withdraw a lost or
/// stolen card by its printed serial, and replace a worn one. A body's staff act for their own body only. Each post
/// that is taken ends on a GET page by a 303 (its question, or the list with its notice read back from the
/// register), so Back or a reload does not post it again.
/// </summary>
internal static class ConsoleCards
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/cards", ListAsync);
        // The questions each step asks before it is confirmed, reached by a 303 from its first post. Literal segments,
        // so they come before the printing pages' /cards/{body}.
        console.MapGet("/cards/revoke", AskRevokeAsync);
        console.MapPost("/cards/revoke", RevokeAsync);
        console.MapGet("/cards/reissue", AskReissueAsync);
        console.MapPost("/cards/reissue", ReissueAsync);
        // The printing handlers read the caller as a staff identity: the session's person stands in for a key.
        var printing = console.MapGroup("/cards").AddEndpointFilter((context, next) =>
        {
            context.HttpContext.Items[typeof(StaffIdentity)] = StaffConsole.Identity(context.HttpContext);
            return next(context);
        });
        CardEndpoints.MapPrinting(printing);
    }

    /// <summary>
    /// The list; ?serial=000123 (the link beside an officer's card in use) fills in the withdrawal form; ?revoked= and
    /// ?reissued= (where a step redirects to) say what was done to that card.
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        var query = http.Request.Query;
        var (notice, print) = await DoneAsync(http, data, serials, query["revoked"], query["reissued"], cancel);
        var form = new RevokeForm(SerialAsked(query)) { Notice = notice, PrintNewCard = print };
        return await PageAsync(http, data, serials, forms, clock, pages, form, StatusCodes.Status200OK, cancel);
    }

    /// <summary>
    /// What was just done, from the register itself (a link with a made-up serial says nothing), and for a card reissued
    /// the page that prints it: the notice asked to print the new card and linked nothing.
    /// </summary>
    private static async Task<(string? Notice, string? PrintNewCard)> DoneAsync(HttpContext http, PortalData data, CardSerials serials,
        string? revoked, string? reissued, CancellationToken cancel)
    {
        var (asked, isRevoke) = revoked is { Length: > 0 } ? (revoked, true) : (reissued, false);
        if (!CardSerial.TryParse(asked, out var serial) || await serials.FindAsync(serial, cancel) is not { } card
            || !StaffConsole.Identity(http).MayActFor(card.Body))
            return (null, null);
        var name = HolderName(data, card);
        if (isRevoke)
            return (card.Reason is { } reason
                ? $"卡号 {CardSerial.Format(serial)}（{name}）已停用：{reason.Label()}。扫描这张卡将提示已停用，不能再评价；如需新卡，请在下方该执法人员名下点“制新卡并打印”。"
                : null, null);
        return card.InUse
            ? ($"已为{name}补发新卡，卡号 {CardSerial.Format(serial)}。请打印新卡交本人使用；旧卡扫描时将提示已换新卡，不能再评价。",
                $"/staff/cards/{card.Body}/{card.Certificate}")
            : (null, null);
    }

    /// <summary>
    /// Two steps: the first post names the card's officer and asks to confirm (a mistyped digit would otherwise
    /// withdraw a colleague's card unseen); the second, with confirm=1, withdraws it. Both end on a GET page by a 303
    /// (the question, then the list with its notice); a refusal answers with the form as typed.
    /// </summary>
    private static async Task<IResult> RevokeAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages, "/staff/cards") is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var typed = new RevokeForm(form["serial"].ToString().Trim(), form["reason"].ToString());
        var (card, reason, problem, status) = await CheckRevokeAsync(http, data, serials, typed, cancel);
        if (card is null || problem is not null)
            // As every refusal, with what was typed kept (the journeys audit found the 409 emptied the form).
            return await PageAsync(http, data, serials, forms, clock, pages, typed with { Problem = problem }, status, cancel);
        var serial = CardSerial.Format(card.Serial);
        if (form["confirm"] != "1") return StaffConsole.SeeOther($"/staff/cards/revoke?serial={serial}&reason={reason.Code()}");
        await serials.RevokeAsync(card.Serial, reason, StaffConsole.Identity(http).Name, cancel);
        return StaffConsole.SeeOther($"/staff/cards?revoked={serial}");
    }

    /// <summary>
    /// The withdrawal's question, where its first post leads: whose card it is, and 确认停用. Reached again by Back after
    /// confirming, the card is withdrawn by then: the page says so as news, not as a refusal, and asks nothing.
    /// </summary>
    private static async Task<IResult> AskRevokeAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        var query = http.Request.Query;
        var typed = new RevokeForm(SerialAsked(query), query["reason"].ToString());
        var (card, reason, problem, status) = await CheckRevokeAsync(http, data, serials, typed, cancel);
        if (status == StatusCodes.Status409Conflict)
            return await PageAsync(http, data, serials, forms, clock, pages, new RevokeForm { Notice = problem }, StatusCodes.Status200OK, cancel);
        if (card is null || problem is not null)
            return await PageAsync(http, data, serials, forms, clock, pages, typed with { Problem = problem }, status, cancel);
        var serial = CardSerial.Format(card.Serial);
        return await PageAsync(http, data, serials, forms, clock, pages, typed with { Serial = serial, Reason = reason.Code(), Confirm =
            $"卡号 {serial} 是 {HolderName(data, card)}（执法证号 {card.Certificate}，{data.Body(card.Body)?.Name ?? card.Body}） 的监督卡。确认以“{reason.Label()}”停用这张卡吗？" },
            StatusCodes.Status200OK, cancel);
    }

    /// <summary>The card a withdrawal names and why, or what stops it (with its status: 409 for a card already withdrawn).</summary>
    private static async Task<(CardRecord? Card, CardWithdrawal Reason, string? Problem, int Status)> CheckRevokeAsync(HttpContext http, PortalData data,
        CardSerials serials, RevokeForm typed, CancellationToken cancel)
    {
        if (!CardSerial.TryParse(typed.Serial, out var serial))
            return (null, default, "卡号应为监督卡右下角印的数字，例如 000123。", StatusCodes.Status400BadRequest);
        if (!CardWithdrawals.TryParse(typed.Reason, out var reason))
            return (null, default, "请选择停用原因。", StatusCodes.Status400BadRequest);
        if (await serials.FindAsync(serial, cancel) is not { } card || !StaffConsole.Identity(http).MayActFor(card.Body))
            return (null, reason, $"没有卡号为 {CardSerial.Format(serial)} 的监督卡，或它不属于本单位。", StatusCodes.Status404NotFound);
        if (card.RevokedAt is { } revokedAt)
            return (card, reason, $"卡号 {CardSerial.Format(serial)}（{HolderName(data, card)}）已于 {ChinaTime.Written(ChinaTime.DayOf(revokedAt))} 停用，原因：{card.Reason?.Label()}，无需再次停用。",
                StatusCodes.Status409Conflict);
        return (card, reason, null, StatusCodes.Status200OK);
    }

    /// <summary>
    /// A new card for an officer whose card is worn or whose details changed: the card in use stops working (its
    /// scan says it was replaced), so this too is confirmed on a second step that names both, and each step ends on a
    /// GET page by a 303 as a withdrawal's do.
    /// </summary>
    private static async Task<IResult> ReissueAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages, "/staff/cards") is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var certificate = form["certificate"].ToString().Trim();
        if (ReissuableOfficer(http, data, clock, certificate) is not { } officer)
            return await PageAsync(http, data, serials, forms, clock, pages, NoReissue(certificate), StatusCodes.Status404NotFound, cancel);
        if (form["confirm"] != "1")
        {
            // The question names the card it will stop, so that Back to it after confirming can tell that card was replaced.
            var inUse = (await serials.LatestAsync([certificate], cancel)).GetValueOrDefault(certificate) is { InUse: true } card
                ? $"&card={CardSerial.Format(card.Serial)}" : "";
            return StaffConsole.SeeOther($"/staff/cards/reissue?certificate={Uri.EscapeDataString(certificate)}{inUse}");
        }
        var serial = await serials.ReissueAsync(officer.BodySlug, certificate, StaffConsole.Identity(http).Name, cancel);
        return StaffConsole.SeeOther($"/staff/cards?reissued={CardSerial.Format(serial)}");
    }

    /// <summary>
    /// The reissue's question, where its first post leads. Reached again by Back after confirming, the card it named is
    /// no longer in use: the page says so and asks nothing (asking again would replace the new card).
    /// </summary>
    private static async Task<IResult> AskReissueAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        var query = http.Request.Query;
        var certificate = query["certificate"].ToString().Trim();
        if (ReissuableOfficer(http, data, clock, certificate) is not { } officer)
            return await PageAsync(http, data, serials, forms, clock, pages, NoReissue(certificate), StatusCodes.Status404NotFound, cancel);
        var inUse = (await serials.LatestAsync([certificate], cancel)).GetValueOrDefault(certificate) is { InUse: true } card ? card : null;
        if (CardSerial.TryParse(query["card"], out var asked) && inUse?.Serial != asked)
            return await PageAsync(http, data, serials, forms, clock, pages, new RevokeForm { Notice =
                $"卡号 {CardSerial.Format(asked)} 已不是{officer.Name}的在用卡{(inUse is null ? "" : $"，现用卡号 {CardSerial.Format(inUse.Serial)}")}，无需再次补发。" },
                StatusCodes.Status200OK, cancel);
        var stops = inUse is null ? "" : $"在用卡号 {CardSerial.Format(inUse.Serial)} 将作废，扫描旧卡会提示已换新卡、不能再评价。";
        return await PageAsync(http, data, serials, forms, clock, pages, new RevokeForm { Reissue = new ReissueAsk(certificate,
            $"为 {officer.Name}（执法证号 {certificate}）补发一张新的监督卡吗？{stops}") }, StatusCodes.Status200OK, cancel);
    }

    /// <summary>A serial from the address (a link, or a question's page), put back into the form unless longer than any.</summary>
    private static string SerialAsked(IQueryCollection query) => query["serial"].ToString().Trim() is { Length: <= 20 } asked ? asked : "";

    /// <summary>Whose card it is, by name; the 执法证号 for an officer no longer in the published content.</summary>
    private static string HolderName(PortalData data, CardRecord card) => data.Officer(card.Certificate)?.Name ?? card.Certificate;

    /// <summary>An officer of the person's body whose certificate is valid today: the only ones a card is reissued for.</summary>
    private static RegistryOfficer? ReissuableOfficer(HttpContext http, PortalData data, TimeProvider clock, string certificate) =>
        data.Officer(certificate) is { } officer && StaffConsole.Identity(http).MayActFor(officer.BodySlug)
            && OfficerStandings.Of(officer, ChinaTime.Today(clock)) == OfficerStanding.Valid ? officer : null;

    private static RevokeForm NoReissue(string certificate) => new()
    {
        Problem = $"本单位没有执法证号为 {(certificate.Length <= 20 ? certificate : certificate[..20])} 的、证件有效的执法人员，不能补发监督卡。",
    };

    private static async Task<IResult> PageAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, RevokeForm revoke, int status, CancellationToken cancel)
    {
        var staff = StaffConsole.Identity(http);
        var today = ChinaTime.Today(clock);
        var officers = (data.Registry?.Officers ?? []).Where(o => staff.MayActFor(o.BodySlug) && OfficerStandings.Of(o, today) == OfficerStanding.Valid).ToList();
        // Which card each officer carries, so that staff told of a lost card find its serial by the officer's name.
        var latest = await serials.LatestAsync(officers.Select(o => o.Certificate).ToList(), cancel);
        var bodies = (data.Registry?.Bodies ?? []).Where(b => staff.MayActFor(b.Slug))
            .Select(b => new CardBody(b.Slug, b.Name, officers.Where(o => o.BodySlug == b.Slug)
                .Select(o => new CardOfficer(o.Certificate, o.Name, latest.GetValueOrDefault(o.Certificate)))
                .ToList()))
            .ToList();
        return await pages.PageAsync<CardsPage>("监督卡", new Dictionary<string, object?>
        {
            [nameof(CardsPage.Bodies)] = bodies,
            [nameof(CardsPage.FormToken)] = forms.GetAndStoreTokens(http).RequestToken,
            [nameof(CardsPage.Revoke)] = revoke,
        }, status);
    }
}

/// <summary>The withdrawal form as typed (kept after a refusal), and what the page says about it.</summary>
public sealed record RevokeForm(string Serial = "", string Reason = "")
{
    public string? Problem { get; init; }
    public string? Confirm { get; init; }
    public string? Notice { get; init; }
    /// <summary>The page printing the card just reissued (the notice asks to print it).</summary>
    public string? PrintNewCard { get; init; }
    public ReissueAsk? Reissue { get; init; }
}

/// <summary>A new card asked for an officer, waiting for its confirmation: whose, and what it will do to the card in use.</summary>
public sealed record ReissueAsk(string Certificate, string Question);

/// <summary>A body whose cards the person may print: its officers whose certificate is valid today.</summary>
public sealed record CardBody(string Slug, string Name, IReadOnlyList<CardOfficer> Officers);

/// <summary>An officer on the list, with their latest card: the one they carry, or the last withdrawn; null if none was printed.</summary>
public sealed record CardOfficer(string Certificate, string Name, CardRecord? Latest)
{
    public CardRecord? InUse => Latest is { InUse: true } card ? card : null;

    public CardRecord? Withdrawn => Latest is { RevokedAt: not null } card ? card : null;
}

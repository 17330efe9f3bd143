using Enforcement.Api.Cards;
using Enforcement.Api.Feedback;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Staff.Pages;
using Enforcement.Time;
using Microsoft.AspNetCore.Antiforgery;

namespace Enforcement.Api.Staff;

/// <summary>
/// /staff/cards: print a body's sheet or one officer's card (the same pages as /api/admin/cards), and withdraw a
/// lost or stolen card by its printed serial. A body's staff act for their own body only.
/// </summary>
internal static class ConsoleCards
{
    public static void Map(RouteGroupBuilder console)
    {
        console.MapGet("/cards", ListAsync);
        console.MapPost("/cards/revoke", RevokeAsync);
        // The printing handlers read the caller as a staff identity: the session's person stands in for a key.
        var printing = console.MapGroup("/cards").AddEndpointFilter((context, next) =>
        {
            context.HttpContext.Items[typeof(StaffIdentity)] = StaffConsole.Identity(context.HttpContext);
            return next(context);
        });
        CardEndpoints.MapPrinting(printing);
    }

    private static async Task<IResult> ListAsync(HttpContext http, PortalData data, IAntiforgery forms, TimeProvider clock, PageRenderer pages) =>
        await PageAsync(http, data, forms, clock, pages, new RevokeForm(), StatusCodes.Status200OK);

    /// <summary>
    /// Two steps: the first post names the card's officer and asks to confirm (a mistyped digit would otherwise
    /// withdraw a colleague's card unseen); the second, with confirm=1, withdraws it.
    /// </summary>
    private static async Task<IResult> RevokeAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages) is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var staff = StaffConsole.Identity(http);
        var typed = new RevokeForm(form["serial"].ToString().Trim(), form["reason"].ToString());
        if (!CardSerial.TryParse(typed.Serial, out var serial))
            return await PageAsync(http, data, forms, clock, pages, typed with { Problem = "卡号应为监督卡右下角印的数字，例如 000123。" }, StatusCodes.Status400BadRequest);
        if (!CardWithdrawals.TryParse(typed.Reason, out var reason))
            return await PageAsync(http, data, forms, clock, pages, typed with { Problem = "请选择停用原因。" }, StatusCodes.Status400BadRequest);
        if (await serials.FindAsync(serial, cancel) is not { } card || !staff.MayActFor(card.Body))
            return await PageAsync(http, data, forms, clock, pages, typed with { Problem = $"没有卡号为 {CardSerial.Format(serial)} 的监督卡，或它不属于本单位。" }, StatusCodes.Status404NotFound);
        var name = data.Officer(card.Certificate)?.Name ?? card.Certificate;
        if (card.RevokedAt is { } revokedAt)
            return await PageAsync(http, data, forms, clock, pages, new RevokeForm { Problem =
                $"卡号 {CardSerial.Format(serial)}（{name}）已于 {ChinaTime.Written(ChinaTime.DayOf(revokedAt))} 停用，原因：{card.Reason?.Label()}，无需再次停用。" },
                StatusCodes.Status409Conflict);
        if (form["confirm"] != "1")
            return await PageAsync(http, data, forms, clock, pages, typed with { Serial = CardSerial.Format(serial), Confirm = $"卡号 {CardSerial.Format(serial)} 是 {name}（执法证号 {card.Certificate}，{data.Body(card.Body)?.Name ?? card.Body}） 的监督卡。确认以“{reason.Label()}”停用这张卡吗？" },
                StatusCodes.Status200OK);
        await serials.RevokeAsync(serial, reason, staff.Name, cancel);
        return await PageAsync(http, data, forms, clock, pages, new RevokeForm { Notice =
            $"卡号 {CardSerial.Format(serial)}（{name}）已停用：{reason.Label()}。扫描这张卡将提示已停用，不能再评价；如需新卡，请重新打印该执法人员的监督卡。" },
            StatusCodes.Status200OK);
    }

    private static async Task<IResult> PageAsync(HttpContext http, PortalData data, IAntiforgery forms, TimeProvider clock, PageRenderer pages,
        RevokeForm revoke, int status)
    {
        var staff = StaffConsole.Identity(http);
        var today = ChinaTime.Today(clock);
        var bodies = (data.Registry?.Bodies ?? []).Where(b => staff.MayActFor(b.Slug))
            .Select(b => new CardBody(b.Slug, b.Name, (data.Registry?.Officers ?? [])
                .Where(o => o.BodySlug == b.Slug && OfficerStandings.Of(o, today) == OfficerStanding.Valid)
                .Select(o => (o.Certificate, o.Name)).ToList()))
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
}

/// <summary>A body whose cards the person may print: its officers whose certificate is valid today.</summary>
public sealed record CardBody(string Slug, string Name, IReadOnlyList<(string Certificate, string Name)> Officers);

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
        await PageAsync(http, data, forms, clock, pages, null, null, StatusCodes.Status200OK);

    private static async Task<IResult> RevokeAsync(HttpContext http, PortalData data, CardSerials serials, IAntiforgery forms, TimeProvider clock,
        PageRenderer pages, CancellationToken cancel)
    {
        if (await StaffConsole.RefuseForgedAsync(http, forms, pages) is { } forged) return forged;
        var form = await http.Request.ReadFormAsync(cancel);
        var staff = StaffConsole.Identity(http);
        if (!long.TryParse(form["serial"].ToString().Trim(), out var serial) || serial <= 0)
            return await PageAsync(http, data, forms, clock, pages, null, "卡号应为监督卡背面印的数字，例如 000123。", StatusCodes.Status400BadRequest);
        if (!CardWithdrawals.TryParse(form["reason"].ToString(), out var reason))
            return await PageAsync(http, data, forms, clock, pages, null, "请选择停用原因。", StatusCodes.Status400BadRequest);
        if (await serials.FindAsync(serial, cancel) is not { } card || !staff.MayActFor(card.Body))
            return await PageAsync(http, data, forms, clock, pages, null, $"没有卡号为 {CardSerial.Format(serial)} 的监督卡，或它不属于本单位。", StatusCodes.Status404NotFound);
        await serials.RevokeAsync(serial, reason, staff.Name, cancel);
        var officer = data.Officer(card.Certificate);
        return await PageAsync(http, data, forms, clock, pages,
            $"卡号 {CardSerial.Format(serial)}（{officer?.Name ?? card.Certificate}）已停用：{reason.Label()}。扫描这张卡将提示已停用，不能再评价；如需新卡，请重新打印该执法人员的监督卡。",
            null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PageAsync(HttpContext http, PortalData data, IAntiforgery forms, TimeProvider clock, PageRenderer pages,
        string? notice, string? problem, int status)
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
            [nameof(CardsPage.Notice)] = notice,
            [nameof(CardsPage.Problem)] = problem,
        }, status);
    }
}

/// <summary>A body whose cards the person may print: its officers whose certificate is valid today.</summary>
public sealed record CardBody(string Slug, string Name, IReadOnlyList<(string Certificate, string Name)> Officers);

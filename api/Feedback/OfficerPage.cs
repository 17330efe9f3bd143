using Enforcement.Api.Cards;
using Enforcement.Api.Feedback.Pages;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Cards;
using Enforcement.Time;

namespace Enforcement.Api.Feedback;

/// <summary>
/// GET /api/officers/{certificate}/page?token=: the page a card's QR code opens (Netlify, and the local
/// preview, send /officers/{certificate}/?token=... here).
/// </summary>
public static class OfficerPage
{
    /// <summary>The officer's page on the site, which the build writes and a card's link opens with ?token=.</summary>
    public static string PathFor(string certificate) => $"/officers/{Uri.EscapeDataString(certificate)}/";

    public static async Task<IResult> HandleAsync(string certificate, string? token, HttpContext context, PortalData data,
        CardSerials cards, RatingStore ratings, CardKeyStore.CardKey cardKey, TimeProvider clock, PageRenderer pages, CancellationToken cancel)
    {
        // Today's answer (a certificate can be suspended at any build); the token must not leave by the Referer header.
        context.Response.KeepPrivate();
        if (data.Registry is not { } registry) return PortalProblems.Unavailable();
        var today = ChinaTime.Today(clock);
        var officer = data.Officer(certificate);
        var standing = OfficerStandings.Of(officer, today);
        var card = officer is null ? CardVerdict.None : await cards.CheckAsync(officer.Certificate, token, cancel);
        var tokenValid = card.MayRate;
        var ratedToday = tokenValid && standing == OfficerStanding.Valid
            && await ratings.RatedTodayAsync(officer!.Certificate, RaterAddress.Of(context, today, cardKey.Key), today, cancel);
        // Headed by the name, as the officer's page on the site is, and the answer the person at the door wants.
        return await pages.PageAsync<OfficerVerificationPage>(
            officer is null ? "执法人员核验：查无此人" : $"执法人员核验：{officer.Name}（{standing.Label()}）",
            new Dictionary<string, object?>
            {
                [nameof(OfficerVerificationPage.Certificate)] = certificate.Length > 64 ? certificate[..64] : certificate,
                [nameof(OfficerVerificationPage.Officer)] = officer,
                [nameof(OfficerVerificationPage.Standing)] = standing,
                [nameof(OfficerVerificationPage.BodyName)] = officer is null ? "" : data.Body(officer.BodySlug)?.Name ?? officer.BodySlug,
                [nameof(OfficerVerificationPage.Office)] = registry.Supervision,
                [nameof(OfficerVerificationPage.Today)] = today,
                [nameof(OfficerVerificationPage.TokenValid)] = tokenValid,
                [nameof(OfficerVerificationPage.Token)] = tokenValid ? token : "",
                [nameof(OfficerVerificationPage.CardNotice)] = card.Why,
                [nameof(OfficerVerificationPage.RatedToday)] = ratedToday,
            },
            standing == OfficerStanding.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status200OK);
    }
}

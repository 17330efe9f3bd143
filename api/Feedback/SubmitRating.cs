using System.Globalization;
using System.Security.Cryptography;
using Enforcement.Api.Cards;
using Enforcement.Api.Feedback.Pages;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Forms;
using Enforcement.Api.Infrastructure.Limits;
using Enforcement.Api.Infrastructure.Pages;
using Enforcement.Cards;
using Enforcement.Registry;
using Enforcement.Time;

namespace Enforcement.Api.Feedback;

/// <summary>
/// POST /api/feedback, as JSON (answers JSON) or as the page's plain form (answers a page in the site's look).
/// Every refusal is 400 with the field it is about, including an unknown, revoked, suspended or expired
/// certificate and a bad card token: they are all "this field of your submission is wrong", and the form page
/// shows them the same way. A second rating of one card from one address on one day is 429 with Retry-After
/// until midnight (China time), since it is a limit that lifts by itself.
/// </summary>
public static class SubmitRating
{
    public const long MaxBodyBytes = 16 * 1024;

    public static async Task<IResult> HandleAsync(HttpContext context, PortalData data, CardKeyStore.CardKey cardKey, CardSerials cards,
        TimeProvider clock, RatingStore store, PageRenderer pages, ILoggerFactory loggers, Microsoft.Extensions.Options.IOptions<PortalOptions> options,
        SubmitAllowance allowance, CancellationToken cancel)
    {
        var logger = loggers.CreateLogger(typeof(SubmitRating));
        context.Response.Headers.CacheControl = "no-store";
        Submission? form;
        string? readError;
        try
        {
            (form, readError) = await Submission.ReadAsync(context.Request, cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(title: "提交的内容过大", detail: $"提交的内容不能超过 {MaxBodyBytes / 1024} KB。", statusCode: e.StatusCode);
        }
        if (form is null)
            return Results.Problem(title: "无法读取提交的内容", detail: readError,
                statusCode: context.Request.HasJsonContentType() ? StatusCodes.Status400BadRequest : StatusCodes.Status415UnsupportedMediaType);
        if (data.Registry is not { } registry) return PortalProblems.Unavailable();

        var now = ChinaTime.Now(clock);
        var today = ChinaTime.DayOf(now);
        // The signature only: the register is asked in the rating's own write, and only if all else is right.
        var card = form["certificate"] is { } certificate ? cards.CheckSignature(certificate, form["token"]) : CardVerdict.None;
        var (rating, errors) = RatingValidator.Validate(form, data.Officer, card, today);
        if (rating is null)
        {
            // Refused anyway: the register is asked now, so that a withdrawn card is named with the other errors.
            if (card.MayRate) (_, errors) = RatingValidator.Validate(form, data.Officer, await cards.CheckAsync(form["certificate"]!, form["token"], cancel), today);
            return await RefusedAsync(form, errors, data, registry, today, pages);
        }

        // Only a rating that passed validation uses the address's allowance (the honeypot's included: a bot learns nothing).
        if (allowance.Refuse(context) is { } wait)
        {
            if (!form.IsForm) return RateLimits.TooManyProblem(context, wait);
            // The form again with everything kept: a page saying only 请求过于频繁 lost a rating and its complaint, and the
            // shops of one market may share one address (a carrier's NAT).
            var busy = FieldErrors.From([new(FieldErrors.WholeForm, RateLimits.TooManyDetail(context, wait)
                + $"已填写的内容都已保留。如有急事，请拨打{registry.Supervision.Name}监督电话 {registry.Supervision.Phone}。")]);
            return await RefusedAsync(form, busy, data, registry, today, pages, StatusCodes.Status429TooManyRequests, TooOftenTitle);
        }

        if (form.FilledHoneypot)
        {
            // Only software fills the hidden field. It gets exactly the answer a person would, so it learns
            // nothing to work around, and nothing is stored or sent.
            logger.LogInformation("Rating with the honeypot filled in: answered as accepted, not stored");
            return Accepted(form, FakeReference(today), rating, cardKey.Key);
        }

        var address = RaterAddress.Of(context, today, cardKey.Key);
        var bodyName = data.Body(rating.Officer.BodySlug)?.Name ?? rating.Officer.BodySlug;
        var outcome = await store.SaveAsync(rating, address, now,
            reference => rating.NeedsAttention ? AttentionMail.For(reference, rating, bodyName, registry.Supervision, now, options.Value.ConsoleUrl) : null, cancel);
        return outcome switch
        {
            SaveOutcome.Saved saved => Accepted(form, saved.Reference, rating, cardKey.Key),
            SaveOutcome.CardRefused refused => await RefusedAsync(form, CardErrors(refused.Card), data, registry, today, pages),
            _ => await AlreadyRatedAsync(context, form, rating.Officer, registry, now, pages),
        };
    }

    private static FieldErrors CardErrors(CardVerdict card)
    {
        var errors = new FieldErrors();
        errors.Add("token", RatingValidator.CardError(card));
        return errors;
    }

    private static IResult Accepted(Submission form, string reference, RatingRequest rating, byte[] cardKey)
    {
        if (!form.IsForm) return Results.Created($"/api/admin/feedback/{reference}", new { reference });
        // A browser goes on to the thank-you page's own address (RatingReceipt says why).
        return Results.Redirect(new RatingReceipt(reference, rating.Officer.Certificate, rating.NeedsAttention, rating.Contact is not null).Address(cardKey));
    }

    /// <summary>GET /api/feedback/thanks: the page a rating sent from the form goes on to.</summary>
    public static async Task<IResult> ThanksAsync(HttpContext context, PortalData data, CardKeyStore.CardKey cardKey, PageRenderer pages)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (data.Registry is not { } registry) return PortalProblems.Unavailable();
        if (RatingReceipt.Read(context.Request.Query, cardKey.Key) is not { } receipt) return Results.NotFound();
        return await pages.PageAsync<ThankYouPage>("评价已提交", new Dictionary<string, object?>
        {
            [nameof(ThankYouPage.Reference)] = receipt.Reference,
            // (A build since may have taken the officer off the register; the thanks stand.)
            [nameof(ThankYouPage.OfficerName)] = data.Officer(receipt.Certificate)?.Name ?? "执法人员",
            [nameof(ThankYouPage.Office)] = registry.Supervision,
            [nameof(ThankYouPage.Forwarded)] = receipt.Forwarded,
            [nameof(ThankYouPage.HasContact)] = receipt.HasContact,
        });
    }

    /// <summary>The title over a form sent back with mistakes in it.</summary>
    private const string MendTitle = "评价未提交：请修改后重试";

    /// <summary>
    /// The title over a form sent back over the submit allowance: nothing in it needs changing (the page said 请修改后重试
    /// over a rating as it should be), only waiting.
    /// </summary>
    private const string TooOftenTitle = "评价未提交：提交过于频繁，请稍后再试";

    private static async Task<IResult> RefusedAsync(Submission form, FieldErrors errors, PortalData data, PortalRegistry registry, DateOnly today, PageRenderer pages,
        int status = StatusCodes.Status400BadRequest, string title = MendTitle)
    {
        if (!form.IsForm) return errors.ToProblem(title);
        var fields = errors.ToDictionary();
        // (The officer can only be missing here if a new build removed them since the validation a moment ago.)
        if (fields.ContainsKey("certificate") || fields.ContainsKey("token") || data.Officer(form["certificate"] ?? "") is not { } officer)
            return await pages.PageAsync<RatingNotAcceptedPage>("评价未提交", new Dictionary<string, object?>
            {
                [nameof(RatingNotAcceptedPage.Messages)] = fields.Where(f => f.Key is "certificate" or "token").SelectMany(f => f.Value).DefaultIfEmpty(OfficerStanding.Unknown.RefusalReason()!).ToList(),
                [nameof(RatingNotAcceptedPage.Office)] = registry.Supervision,
                [nameof(RatingNotAcceptedPage.Comment)] = form["comment"],
            }, StatusCodes.Status400BadRequest);

        // The card is fine: show the officer's page again with the rater's answers kept and each error by its field.
        return await pages.PageAsync<OfficerVerificationPage>(title, new Dictionary<string, object?>
        {
            [nameof(OfficerVerificationPage.Certificate)] = officer.Certificate,
            [nameof(OfficerVerificationPage.Officer)] = officer,
            [nameof(OfficerVerificationPage.Standing)] = OfficerStanding.Valid,
            [nameof(OfficerVerificationPage.BodyName)] = data.Body(officer.BodySlug)?.Name ?? officer.BodySlug,
            [nameof(OfficerVerificationPage.Office)] = registry.Supervision,
            [nameof(OfficerVerificationPage.Today)] = today,
            [nameof(OfficerVerificationPage.TokenValid)] = true,
            [nameof(OfficerVerificationPage.Token)] = form["token"],
            [nameof(OfficerVerificationPage.FormValues)] = RatingFormValues.From(form),
            [nameof(OfficerVerificationPage.Errors)] = fields,
        }, status);
    }

    private static async Task<IResult> AlreadyRatedAsync(HttpContext context, Submission form, RegistryOfficer officer, PortalRegistry registry,
        DateTimeOffset now, PageRenderer pages)
    {
        var midnight = ChinaTime.NextMidnight(now);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((midnight - now).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var message = $"今天已经从这里评价过{officer.Name}（执法证号 {officer.Certificate}）。同一张监督卡每天只能评价一次，请明天再评；"
            + $"如有急事，请拨打监督电话 {registry.Supervision.Phone}。";
        if (!form.IsForm)
            return Results.Problem(title: "今天已评价过", detail: message, statusCode: StatusCodes.Status429TooManyRequests);
        return await pages.PageAsync<RatingNotAcceptedPage>("今天已评价过", new Dictionary<string, object?>
        {
            [nameof(RatingNotAcceptedPage.Messages)] = new[] { message },
            [nameof(RatingNotAcceptedPage.Office)] = registry.Supervision,
        }, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Looks like a real reference; the numbers are drawn from a range real ones reach only after a million ratings a year.</summary>
    private static string FakeReference(DateOnly today) =>
        $"{RatingStore.Prefix}-{today.Year}-{RandomNumberGenerator.GetInt32(1, 1_000_000):D6}";
}

using Enforcement.Api.Infrastructure.Data;
using Enforcement.Api.Infrastructure.Mail;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Corrections;
using Enforcement.Registry;
using Enforcement.Time;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Corrections;

internal enum ConfirmResult { NotFound, Confirmed, AlreadyConfirmed, Lapsed, NeedsMailedLink }

internal enum MoveResult { NotFound, Refused, Moved }

/// <summary>
/// Every change to a request: each runs in one immediate transaction that also appends to the history and
/// queues the e-mails, so a request is never changed without its trail and its notices, nor the reverse.
/// </summary>
internal sealed class CorrectionDesk(Database database, PortalData data, IOptions<CorrectionOptions> options, IOptions<PortalOptions> portal, TimeProvider clock)
{
    // Compared against when a ticket is unknown, so that case does the same work as a wrong token.
    private static readonly byte[] StandInHash = CorrectionToken.Hash(CorrectionToken.New());

    private CorrectionOptions Options => options.Value;

    public DateOnly Today => ChinaTime.Today(clock);

    private PortalRegistry Registry => data.Registry ?? throw new InvalidOperationException("The registry (Portal:Data/registry.json) is not there.");

    /// <summary>The office a requester who disagrees with an answer can turn to.</summary>
    public Enforcement.Content.SupervisionOffice Supervision => Registry.Supervision;

    private MailContext Site => new(Registry.Title, Registry.BaseUrl, portal.Value.ConsoleUrl, Registry.Supervision);

    /// <summary>Where a body's requests and reminders go: its notify address, else the supervision office.</summary>
    private string NotifyAddress(string bodySlug) =>
        data.Body(bodySlug)?.Notify is { Length: > 0 } notify ? notify : Registry.Supervision.Email;

    /// <summary>Files the request and queues its confirmation mail; null when the address has had its mails for today.</summary>
    public async Task<(string Ticket, string ViewToken)?> SubmitAsync(CorrectionRequest request, CancellationToken cancel)
    {
        var site = Site;
        var now = clock.GetUtcNow();
        var viewToken = CorrectionToken.New();
        var mailToken = CorrectionToken.New();
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        // Counted in the same immediate transaction as the insert, so parallel submissions cannot slip past the cap.
        if (await CorrectionStore.CountByEmailSinceAsync(connection, tx, request.Email, ChinaTime.StartOf(Today), cancel) >= Options.ConfirmMailsPerAddressPerDay)
            return null;
        var (_, ticket) = await CorrectionStore.InsertAsync(connection, tx, request, CorrectionToken.Hash(viewToken),
            CorrectionToken.Hash(mailToken), now, ChinaTime.Now(clock).Year, cancel);
        await MailOutbox.EnqueueAsync(connection, tx,
            CorrectionMail.Confirm(site, request, ticket, mailToken, CorrectionWorkflow.LapsesAt(now, Options.ConfirmDays)), now, cancel);
        await tx.CommitAsync(cancel);
        return (ticket, viewToken);
    }

    /// <summary>Requests a lost-link mail lists at most: an address's newest.</summary>
    public const int MaxLinksPerMail = 10;

    /// <summary>
    /// Mails a new progress link for each request filed with <paramref name="email"/> (the newest
    /// <see cref="MaxLinksPerMail"/>), to that address only, for someone who lost the confirmation mail. Nothing is
    /// sent when no request names the address, and no more than the daily cap: the caller answers the same in
    /// every case, so the form tells nobody whether an address filed a request. The first links stay valid.
    /// </summary>
    public async Task ResendLinksAsync(string email, CancellationToken cancel)
    {
        var site = Site;
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        if (await CorrectionStore.CountLinkMailsSinceAsync(connection, tx, email, ChinaTime.StartOf(Today), cancel) >= Options.LinkMailsPerAddressPerDay) return;
        var requests = await CorrectionStore.ByEmailAsync(connection, tx, email, MaxLinksPerMail, cancel);
        if (requests.Count == 0) return;
        var links = new List<(StoredCorrection, string)>();
        var mail = Guid.NewGuid().ToString("N");
        foreach (var c in requests)
        {
            var token = CorrectionToken.New();
            await CorrectionStore.AddLinkAsync(connection, tx, c.Id, CorrectionToken.Hash(token), mail, now, cancel);
            links.Add((AsOfNow(c), token));
        }
        await MailOutbox.EnqueueAsync(connection, tx, CorrectionMail.Links(site, requests[0].Email, links), now, cancel);
        await tx.CommitAsync(cancel);
    }

    /// <summary>
    /// A progress mail carries its own private status link, so the requester reaches the answer in one tap: the first
    /// link's token is stored only hashed and cannot be written again, so a new one is added (the earlier ones stay valid).
    /// </summary>
    private static async Task<string> ProgressLinkAsync(DbConnection connection, DbTransaction tx, long id, DateTimeOffset now, CancellationToken cancel)
    {
        var token = CorrectionToken.New();
        await CorrectionStore.AddLinkAsync(connection, tx, id, CorrectionToken.Hash(token), CorrectionStore.ProgressMail, now, cancel);
        return token;
    }

    /// <summary>The request, if the token opens it; an unknown ticket and a wrong token are the same answer.</summary>
    public async Task<(StoredCorrection? Correction, TokenAccess Access)> OpenAsync(string? ticket, string? token, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        var (id, access) = await CheckAsync(connection, null, ticket, token, cancel);
        if (access == TokenAccess.None) return (null, access);
        var correction = await CorrectionStore.LoadAsync(connection, null, id, cancel);
        return (AsOfNow(correction!), access);
    }

    public async Task<(ConfirmResult Result, StoredCorrection? Correction)> ConfirmAsync(string? ticket, string? token, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        var (id, access) = await CheckAsync(connection, tx, ticket, token, cancel);
        if (access == TokenAccess.None) return (ConfirmResult.NotFound, null);
        var correction = AsOfNow((await CorrectionStore.LoadAsync(connection, tx, id, cancel))!);
        switch (correction.Status)
        {
            case CorrectionStatus.Lapsed: return (ConfirmResult.Lapsed, correction);
            case not CorrectionStatus.Pending: return (ConfirmResult.AlreadyConfirmed, correction);
            case CorrectionStatus.Pending when access != TokenAccess.Confirm: return (ConfirmResult.NeedsMailedLink, correction);
        }

        var site = Site;
        var now = clock.GetUtcNow();
        var today = ChinaTime.Today(clock);
        var deadline = Options.Calendar().AddWorkingDays(today, Options.DeadlineWorkingDays);
        await CorrectionStore.SetStatusAsync(connection, tx, id, CorrectionStatus.Pending, CorrectionStatus.Accepted, cancel, today, deadline);
        var entry = new HistoryEntry(now, CorrectionStatus.Accepted, HistoryEntry.Requester, null, null);
        await CorrectionStore.AppendHistoryAsync(connection, tx, id, entry, cancel);
        var accepted = (await CorrectionStore.LoadAsync(connection, tx, id, cancel))!;
        await MailOutbox.EnqueueAsync(connection, tx, CorrectionMail.ToBody(site, NotifyAddress(accepted.Subject.BodySlug), accepted), now, cancel);
        await MailOutbox.EnqueueAsync(connection, tx, CorrectionMail.Progress(site, accepted, entry, await ProgressLinkAsync(connection, tx, id, now, cancel)), now, cancel);
        await tx.CommitAsync(cancel);
        return (ConfirmResult.Confirmed, accepted);
    }

    /// <summary>A staff move with its reply; refused (with why) when the workflow does not allow it.</summary>
    public async Task<(MoveResult Result, StoredCorrection? Correction, string? Refusal)> MoveAsync(string ticket, StaffIdentity staff,
        CorrectionStatus to, string reply, string? reason, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        var stored = await LoadForStaffAsync(connection, tx, ticket, staff, cancel);
        if (stored is null) return (MoveResult.NotFound, null, null);
        var current = AsOfNow(stored);
        if (CorrectionWorkflow.RefuseStaffMove(current.Status, to) is { } refusal) return (MoveResult.Refused, current, refusal);

        var site = Site;
        var now = clock.GetUtcNow();
        await CorrectionStore.SetStatusAsync(connection, tx, stored.Id, stored.Status, to, cancel);
        var entry = new HistoryEntry(now, to, HistoryEntry.Staff(staff.Name), reply, reason);
        await CorrectionStore.AppendHistoryAsync(connection, tx, stored.Id, entry, cancel);
        var moved = (await CorrectionStore.LoadAsync(connection, tx, stored.Id, cancel))!;
        await MailOutbox.EnqueueAsync(connection, tx, CorrectionMail.Progress(site, moved, entry, await ProgressLinkAsync(connection, tx, stored.Id, now, cancel)), now, cancel);
        await tx.CommitAsync(cancel);
        return (MoveResult.Moved, moved, null);
    }

    public async Task<StoredCorrection?> FindForStaffAsync(string ticket, StaffIdentity staff, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        return await LoadForStaffAsync(connection, null, ticket, staff, cancel) is { } c ? AsOfNow(c) : null;
    }

    public async Task<(AttachmentInfo Info, byte[] Content)?> AttachmentAsync(string ticket, long attachmentId, StaffIdentity staff,
        CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        return await LoadForStaffAsync(connection, null, ticket, staff, cancel) is { } c
            ? await CorrectionStore.AttachmentAsync(connection, c.Id, attachmentId, cancel)
            : null;
    }

    /// <summary>The requests the key may see: by default those confirmed; "pending" and "lapsed" show the unconfirmed.</summary>
    public async Task<IReadOnlyList<StoredCorrection>> ListAsync(StaffIdentity staff, CorrectionStatus? status, bool overdueOnly, CancellationToken cancel)
    {
        CorrectionStatus[] stored = status switch
        {
            null => [CorrectionStatus.Accepted, CorrectionStatus.Verifying, CorrectionStatus.Corrected, CorrectionStatus.Refused],
            CorrectionStatus.Lapsed => [CorrectionStatus.Pending, CorrectionStatus.Lapsed],
            { } s => [s],
        };
        await using var connection = await database.OpenAsync(cancel);
        var rows = await CorrectionStore.ListAsync(connection, null, staff.Body == "*" ? null : staff.Body, stored, cancel);
        var today = Today;
        return rows.Select(AsOfNow)
            .Where(c => status is null || c.Status == status)
            .Where(c => !overdueOnly || CorrectionWorkflow.IsOverdue(c.Status, c.Deadline, today))
            .ToList();
    }

    /// <summary>Records the lapse of every request left unconfirmed past its window.</summary>
    public async Task<int> LapseDueAsync(CancellationToken cancel)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        var lapsed = 0;
        foreach (var (id, submitted) in await CorrectionStore.PendingSinceAsync(connection, tx, now.AddDays(-Options.ConfirmDays), cancel))
        {
            if (!await CorrectionStore.SetStatusAsync(connection, tx, id, CorrectionStatus.Pending, CorrectionStatus.Lapsed, cancel)) continue;
            await CorrectionStore.AppendHistoryAsync(connection, tx, id,
                new HistoryEntry(CorrectionWorkflow.LapsesAt(submitted, Options.ConfirmDays), CorrectionStatus.Lapsed, HistoryEntry.System, null, null), cancel);
            lapsed++;
        }
        await tx.CommitAsync(cancel);
        return lapsed;
    }

    /// <summary>
    /// Once a day (from DigestHour, China time) each body with overdue requests gets one reminder. The day's
    /// claim (job_runs) is written in the same transaction as the e-mails, so neither a restart nor a second
    /// instance repeats or skips it.
    /// </summary>
    public async Task<int> SendOverdueDigestsAsync(CancellationToken cancel)
    {
        if (data.Registry is null) return 0;
        var now = clock.GetUtcNow();
        if (ChinaTime.Now(clock).Hour < Options.DigestHour) return 0;
        var today = ChinaTime.Today(clock);
        var site = Site;
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        // One instance sends the day's reminders; the others find the day claimed.
        if (!await JobRuns.ClaimAsync(connection, tx, "overdue-digest", today, now, cancel)) return 0;
        var open = await CorrectionStore.ListAsync(connection, tx, null, [CorrectionStatus.Accepted, CorrectionStatus.Verifying], cancel);
        var sent = 0;
        foreach (var body in open.Where(c => CorrectionWorkflow.IsOverdue(c.Status, c.Deadline, today)).GroupBy(c => c.Subject.BodySlug))
        {
            if (!await CorrectionStore.MarkDigestAsync(connection, tx, today, body.Key, now, cancel)) continue;
            var bodyName = data.Body(body.Key)?.Name ?? body.First().Subject.BodyName;
            await MailOutbox.EnqueueAsync(connection, tx, CorrectionMail.OverdueDigest(site, NotifyAddress(body.Key), bodyName, today, [.. body]), now, cancel);
            sent++;
        }
        await tx.CommitAsync(cancel);
        return sent;
    }

    private async Task<(long Id, TokenAccess Access)> CheckAsync(DbConnection connection, DbTransaction? tx, string? ticketText,
        string? token, CancellationToken cancel)
    {
        // Copied from the mail with a space or a line break at either end (a + in the address once typed in).
        token = token?.Trim();
        var found = CorrectionTicket.TryParse(ticketText, out var ticket)
            ? await CorrectionStore.FindHashesAsync(connection, tx, ticket.ToString(), cancel)
            : null;
        // Both comparisons always run, against a stand-in when the ticket is unknown: neither the answer nor
        // its timing tells an unknown ticket from a wrong token.
        var confirms = CorrectionToken.Matches(token, found?.MailHash ?? StandInHash);
        var views = CorrectionToken.Matches(token, found?.ViewHash ?? StandInHash);
        // A link mailed again went to the same address as the first, so it does what the first does.
        foreach (var hash in await CorrectionStore.LinkHashesAsync(connection, tx, found?.Id ?? 0, cancel))
            confirms |= CorrectionToken.Matches(token, hash);
        if (found is not { } f) return (0, TokenAccess.None);
        return (f.Id, confirms ? TokenAccess.Confirm : views ? TokenAccess.View : TokenAccess.None);
    }

    private static async Task<StoredCorrection?> LoadForStaffAsync(DbConnection connection, DbTransaction? tx, string ticketText,
        StaffIdentity staff, CancellationToken cancel)
    {
        if (!CorrectionTicket.TryParse(ticketText, out var ticket)) return null;
        var c = await CorrectionStore.LoadAsync(connection, tx, ticket.ToString(), cancel);
        // Another body's request answers as if it did not exist.
        return c is not null && staff.MayActFor(c.Subject.BodySlug) ? c : null;
    }

    /// <summary>Shows a lapse the background job has not recorded yet, dated when it happened.</summary>
    private StoredCorrection AsOfNow(StoredCorrection c)
    {
        if (CorrectionWorkflow.Effective(c.Status, c.Submitted, clock.GetUtcNow(), Options.ConfirmDays) == c.Status) return c;
        var lapse = new HistoryEntry(CorrectionWorkflow.LapsesAt(c.Submitted, Options.ConfirmDays), CorrectionStatus.Lapsed, HistoryEntry.System, null, null);
        return c with { Status = CorrectionStatus.Lapsed, History = [.. c.History, lapse] };
    }
}

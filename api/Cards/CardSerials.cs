using System.Globalization;
using Enforcement.Api.Infrastructure.Storage;
using Enforcement.Cards;
using Enforcement.Time;
using System.Data.Common;

namespace Enforcement.Api.Cards;

/// <summary>A card in the register: whose it is and whether it still works.</summary>
public sealed record CardRecord(long Serial, string Certificate, string Body, DateTimeOffset IssuedAt, DateTimeOffset? SupersededAt,
    DateTimeOffset? RevokedAt, CardWithdrawal? Reason)
{
    /// <summary>Neither replaced nor withdrawn: the card the officer carries.</summary>
    public bool InUse => SupersededAt is null && RevokedAt is null;
}

/// <summary>A sheet's cards by certificate, and the officers left off it because their last card was withdrawn.</summary>
public sealed record SheetCards(IReadOnlyDictionary<string, long> Issued, IReadOnlyDictionary<string, CardRecord> Withdrawn);

/// <summary>
/// The card register (card_serials): issues the serial a printed card carries, withdraws cards, and answers
/// what a scanned card's token is worth.
/// </summary>
public sealed class CardSerials(Database database, CardLookups lookups, CardKeyStore.CardKey key, TimeProvider clock)
{
    /// <summary>
    /// The serial of each officer's card in use, issuing one for an officer who has none yet. Printing the same
    /// sheet twice gives the same cards.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, long>> CurrentAsync(string body, IEnumerable<string> certificates, string issuedBy,
        CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        var serials = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var certificate in certificates)
            serials[certificate] = await CurrentAsync(connection, tx, body, certificate, issuedBy, cancel);
        await tx.CommitAsync(cancel);
        return serials;
    }

    /// <summary>
    /// The cards of a body's A4 sheet: each officer's card in use, and a first card for an officer never given one.
    /// An officer whose last card was withdrawn gets none here and is answered apart: their new card is made only by
    /// its own step (制新卡, the officer's card page), since a card stopped because the officer moved, or lost, must not
    /// come back valid and rateable when the sheet is printed for a new colleague.
    /// </summary>
    public async Task<SheetCards> SheetAsync(string body, IReadOnlyCollection<string> certificates, string issuedBy, CancellationToken cancel)
    {
        var issued = new Dictionary<string, long>(StringComparer.Ordinal);
        var withdrawn = new Dictionary<string, CardRecord>(StringComparer.Ordinal);
        if (certificates.Count == 0) return new SheetCards(issued, withdrawn);
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        // Read in the write, so that a card withdrawn meanwhile is not replaced behind the withdrawal.
        var latest = await LatestAsync(connection, tx, certificates, cancel);
        foreach (var certificate in certificates)
        {
            if (latest.GetValueOrDefault(certificate) is { RevokedAt: not null } stopped) withdrawn[certificate] = stopped;
            else if (latest.GetValueOrDefault(certificate) is { InUse: true } inUse) issued[certificate] = inUse.Serial;
            else issued[certificate] = await CurrentAsync(connection, tx, body, certificate, issuedBy, cancel);
        }
        await tx.CommitAsync(cancel);
        return new SheetCards(issued, withdrawn);
    }

    /// <summary>The link a card's QR code carries.</summary>
    public string VerifyUrl(string baseUrl, string certificate, long serial) =>
        $"{baseUrl.TrimEnd('/')}{Feedback.OfficerPage.PathFor(certificate)}?token={CardToken.For(certificate, serial, key.Key)}";

    /// <summary>Supersedes the officer's card in use (details changed, card worn) and issues the next serial.</summary>
    public async Task<long> ReissueAsync(string body, string certificate, string issuedBy, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        await connection.ExecuteAsync("""
            UPDATE card_serials SET superseded_at = @now
            WHERE certificate = @cert AND superseded_at IS NULL AND revoked_at IS NULL
            """, tx, cancel, ("@now", Now()), ("@cert", certificate));
        var serial = await CurrentAsync(connection, tx, body, certificate, issuedBy, cancel);
        await tx.CommitAsync(cancel);
        return serial;
    }

    /// <summary>Withdraws one card; the officer's next printed card gets a new serial. Null when there is no such card.</summary>
    public async Task<CardRecord?> RevokeAsync(long serial, CardWithdrawal reason, string revokedBy, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        await using var tx = await connection.BeginWriteAsync(cancel);
        // A card already withdrawn keeps its first date and reason.
        await connection.ExecuteAsync("""
            UPDATE card_serials SET revoked_at = @now, revoked_by = @by, reason = @reason
            WHERE serial = @serial AND revoked_at IS NULL
            """, tx, cancel, ("@now", Now()), ("@by", revokedBy), ("@reason", reason.Code()), ("@serial", serial));
        var record = await FindAsync(connection, tx, serial, cancel);
        await tx.CommitAsync(cancel);
        return record;
    }

    public Task<CardRecord?> FindAsync(long serial, CancellationToken cancel) => lookups.FindAsync(serial, cancel);

    /// <summary>
    /// Each officer's latest card, by certificate: the one in use, else the last withdrawn (so the list can say which
    /// card was stopped and that no new one is made yet); issues none, and an officer never given one is absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, CardRecord>> LatestAsync(IReadOnlyCollection<string> certificates, CancellationToken cancel)
    {
        if (certificates.Count == 0) return new Dictionary<string, CardRecord>();
        await using var connection = await database.OpenAsync(cancel);
        return await LatestAsync(connection, null, certificates, cancel);
    }

    private static async Task<Dictionary<string, CardRecord>> LatestAsync(DbConnection connection, DbTransaction? tx,
        IReadOnlyCollection<string> certificates, CancellationToken cancel)
    {
        var (names, parameters) = DbExtensions.InList(certificates, "@c");
        var cards = await connection.QueryAsync($"""
            SELECT {Columns} FROM card_serials WHERE certificate IN ({names}) ORDER BY serial
            """, Read, tx, cancel, parameters);
        var latest = new Dictionary<string, CardRecord>(StringComparer.Ordinal);
        foreach (var card in cards) latest[card.Certificate] = card;
        return latest;
    }

    /// <summary>What the token in a card's link is worth for <paramref name="certificate"/>.</summary>
    public async Task<CardVerdict> CheckAsync(string certificate, string? token, CancellationToken cancel)
    {
        var signed = CheckSignature(certificate, token);
        if (signed.Serial is not { } serial) return signed;
        return Verdict(await FindAsync(serial, cancel), certificate, serial);
    }

    /// <summary>
    /// The token's signature alone: None, Invalid, or Current with its serial until the register says otherwise
    /// (<see cref="Verdict"/>); a rating asks the register within its own write (RatingBatch).
    /// </summary>
    public CardVerdict CheckSignature(string certificate, string? token)
    {
        if (string.IsNullOrEmpty(token)) return CardVerdict.None;
        return CardToken.Verify(certificate, token, key.Key) is { } serial ? new CardVerdict(CardState.Current, serial) : CardVerdict.Invalid;
    }

    /// <summary>What the register's entry for a signed serial says of the card.</summary>
    public static CardVerdict Verdict(CardRecord? card, string certificate, long serial)
    {
        // The key made it, so it was printed here; a register without it (a database restored from before) cannot vouch for it.
        if (card is null || card.Certificate != certificate) return CardVerdict.Invalid;
        if (card.RevokedAt is { } revoked)
            return new CardVerdict(CardState.Revoked, serial, ChinaTime.DayOf(revoked), card.Reason);
        if (card.SupersededAt is { } superseded)
            return new CardVerdict(CardState.Superseded, serial, ChinaTime.DayOf(superseded));
        return new CardVerdict(CardState.Current, serial);
    }

    private async Task<long> CurrentAsync(DbConnection connection, DbTransaction tx, string body, string certificate, string issuedBy,
        CancellationToken cancel)
    {
        // Serials start at 1, so 0 means none.
        var existing = await connection.ScalarAsync<long>("""
            SELECT serial FROM card_serials WHERE certificate = @cert AND superseded_at IS NULL AND revoked_at IS NULL
            """, tx, cancel, ("@cert", certificate));
        if (existing > 0) return existing;
        return await connection.ScalarAsync<long>("""
            INSERT INTO card_serials (certificate, body, issued_at, issued_by) VALUES (@cert, @body, @now, @by) RETURNING serial
            """, tx, cancel, ("@cert", certificate), ("@body", body), ("@now", Now()), ("@by", issuedBy));
    }

    internal const string Columns = "serial, certificate, body, issued_at, superseded_at, revoked_at, reason";

    internal static CardRecord Read(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), Instant(r.GetString(3))!.Value,
        Instant(r.StringOrNull(4)), Instant(r.StringOrNull(5)), CardWithdrawals.TryParse(r.StringOrNull(6), out var reason) ? reason : null);

    private static async Task<CardRecord?> FindAsync(DbConnection connection, DbTransaction? tx, long serial, CancellationToken cancel)
    {
        var rows = await connection.QueryAsync($"SELECT {Columns} FROM card_serials WHERE serial = @serial", Read, tx, cancel, ("@serial", serial));
        return rows.Count == 1 ? rows[0] : null;
    }

    private string Now() => clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(string? text) => text is null ? null
        : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}

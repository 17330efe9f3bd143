using System.Globalization;
using System.Text.Json;
using Enforcement.Api.Infrastructure.Staff;
using Enforcement.Api.Infrastructure.Storage;
using System.Data.Common;

namespace Enforcement.Api.Feedback.Staff;

/// <summary>Monthly satisfaction of one body or one officer.</summary>
public sealed record SatisfactionRow(string Month, string Body, string? Certificate, string? OfficerName,
    int Count, double Average, int Satisfied, int Poor, int WithProblems)
{
    /// <summary>Share rated 满意 or 非常满意, 0..1.</summary>
    public double SatisfiedShare => Count == 0 ? 0 : Math.Round((double)Satisfied / Count, 4);
}

/// <summary>What staff read and write about stored ratings.</summary>
public sealed class RatingQueries(Database database)
{
    private const string Columns = """
        r.id, r.reference, r.certificate, r.officer_name, r.body_slug, r.unit, r.visit_date, r.rating, r.checks, r.problems,
        r.comment, r.contact, r.created_at,
        """ + RatingFilter.FollowedUpSql + ", " + RatingFilter.BodyNotedSql;

    public async Task<(long Total, List<StoredRating> Items)> ListAsync(RatingFilter filter, int page, int size, CancellationToken cancel)
    {
        var (where, parameters) = filter.ToSql();
        await using var connection = await database.OpenAsync(cancel);
        var total = await connection.ScalarAsync<long>($"SELECT COUNT(*) FROM ratings r {where}", null, cancel, parameters);
        var items = await connection.QueryAsync($"SELECT {Columns} FROM ratings r {where} ORDER BY r.id DESC LIMIT @limit OFFSET @offset",
            Read, null, cancel, [.. parameters, ("@limit", size), ("@offset", (long)(page - 1) * size)]);
        return (total, items);
    }

    public async Task<List<StoredRating>> AllAsync(RatingFilter filter, CancellationToken cancel)
    {
        var (where, parameters) = filter.ToSql();
        await using var connection = await database.OpenAsync(cancel);
        return await connection.QueryAsync($"SELECT {Columns} FROM ratings r {where} ORDER BY r.id DESC", Read, null, cancel, parameters);
    }

    public async Task<(StoredRating Rating, List<HistoryEntry> History)?> GetAsync(string reference, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        var found = await connection.QueryAsync($"SELECT {Columns} FROM ratings r WHERE r.reference = @ref", Read, null, cancel, ("@ref", reference));
        if (found.Count == 0) return null;
        return (found[0], await HistoryAsync(connection, found[0].Id, cancel));
    }

    /// <summary>Appends a follow-up note to the rating's history; the history is never rewritten.</summary>
    /// <summary>The supervision office's follow-up, or, written by the officer's own body, the body's note (<see cref="HistoryActions.BodyNote"/>).</summary>
    public async Task<HistoryEntry> AddFollowUpAsync(StoredRating rating, StaffIdentity staff, string note, DateTimeOffset now, CancellationToken cancel)
    {
        await using var connection = await database.OpenAsync(cancel);
        var at = now.UtcDateTime.ToString("O");
        var action = staff.IsSupervisionOffice ? HistoryActions.FollowUp : HistoryActions.BodyNote;
        await RatingStore.AppendHistoryAsync(connection, null, rating.Id, at, staff.Name, action, note, cancel);
        return new HistoryEntry(now, staff.Name, action, note);
    }

    /// <summary>Per month of the visit: each body's and each officer's count, average and share satisfied.</summary>
    public async Task<(List<SatisfactionRow> Bodies, List<SatisfactionRow> Officers)> SatisfactionAsync(RatingFilter filter, CancellationToken cancel)
    {
        var (where, parameters) = filter.ToSql();
        await using var connection = await database.OpenAsync(cancel);
        var bodies = await connection.QueryAsync(
            $"SELECT substr(r.visit_date, 1, 7) AS month, r.body_slug, {Figures} FROM ratings r {where} GROUP BY month, r.body_slug ORDER BY month, r.body_slug",
            x => new SatisfactionRow(x.GetString(0), x.GetString(1), null, null, x.GetInt32(2), Math.Round(x.GetDouble(3), 2), x.GetInt32(4), x.GetInt32(5), x.GetInt32(6)),
            null, cancel, parameters);
        var officers = await connection.QueryAsync(
            $"SELECT substr(r.visit_date, 1, 7) AS month, r.body_slug, r.certificate, MAX(r.officer_name), {Figures} FROM ratings r {where} GROUP BY month, r.body_slug, r.certificate ORDER BY month, r.body_slug, r.certificate",
            x => new SatisfactionRow(x.GetString(0), x.GetString(1), x.GetString(2), x.GetString(3), x.GetInt32(4), Math.Round(x.GetDouble(5), 2), x.GetInt32(6), x.GetInt32(7), x.GetInt32(8)),
            null, cancel, parameters);
        return (bodies, officers);
    }

    private static readonly string Figures = string.Create(CultureInfo.InvariantCulture,
        $"COUNT(*), AVG(CAST(r.rating AS REAL)), SUM(CASE WHEN r.rating >= {RatingVocabulary.SatisfiedFrom} THEN 1 ELSE 0 END), "
        + $"SUM(CASE WHEN r.rating <= {RatingVocabulary.PoorAtOrBelow} THEN 1 ELSE 0 END), SUM(r.has_problems)");

    private static async Task<List<HistoryEntry>> HistoryAsync(DbConnection connection, long id, CancellationToken cancel) =>
        await connection.QueryAsync("SELECT at, actor, action, note FROM rating_history WHERE rating_id = @id ORDER BY id",
            r => new HistoryEntry(Instant(r.GetString(0)), r.GetString(1), r.GetString(2), r.StringOrNull(3)), null, cancel, ("@id", id));

    private static StoredRating Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
        RatingStore.DayFrom(r.GetString(6)), r.GetInt32(7),
        JsonSerializer.Deserialize<string[]>(r.GetString(8)) ?? [], JsonSerializer.Deserialize<string[]>(r.GetString(9)) ?? [],
        r.StringOrNull(10), r.StringOrNull(11), Instant(r.GetString(12)), r.GetBoolean(13), r.GetBoolean(14));

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}

using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Feedback;

/// <summary>
/// Ratings are kept as received; what staff do about one goes into rating_history, which only grows. The
/// rater's address is never stored: only a keyed hash valid for one day (see RaterAddress), cleared after it.
/// </summary>
public static class FeedbackSchema
{
    public static readonly Migration[] Migrations =
    [
        new("0100-feedback-ratings", Tables + SqliteTriggers, Tables + PostgresTriggers),
        // (A copy of ratings_address_day, added by mistake; 0102 drops both.)
        new("0101-ratings-address-hash-day", "CREATE INDEX ratings_hash_day ON ratings (submitted_on) WHERE address_hash IS NOT NULL;"),
        // Every rating paid to keep two copies of an index that only the once-a-day clearing of address hashes
        // used; the one-per-card index holds the same rows (those still with a hash, about a day's) and serves it.
        new("0102-ratings-drop-day-indexes", "DROP INDEX IF EXISTS ratings_hash_day; DROP INDEX IF EXISTS ratings_address_day;"),
    ];

    private const string Tables = """
            CREATE TABLE ratings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                reference TEXT NOT NULL UNIQUE,
                certificate TEXT NOT NULL,
                officer_name TEXT NOT NULL,
                body_slug TEXT NOT NULL,
                unit TEXT NOT NULL,
                visit_date TEXT NOT NULL,
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                checks TEXT NOT NULL,
                problems TEXT NOT NULL,
                has_problems INTEGER NOT NULL,
                comment TEXT,
                contact TEXT,
                submitted_on TEXT NOT NULL,
                address_hash TEXT,
                created_at TEXT NOT NULL
            );
            CREATE UNIQUE INDEX ratings_one_per_card_address_day ON ratings (certificate, submitted_on, address_hash) WHERE address_hash IS NOT NULL;
            CREATE INDEX ratings_address_day ON ratings (submitted_on) WHERE address_hash IS NOT NULL;
            CREATE INDEX ratings_body_visit ON ratings (body_slug, visit_date);
            CREATE INDEX ratings_certificate_visit ON ratings (certificate, visit_date);
            CREATE INDEX ratings_visit ON ratings (visit_date);

            CREATE TABLE rating_reference_counters (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);

            CREATE TABLE rating_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                rating_id INTEGER NOT NULL REFERENCES ratings (id),
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                note TEXT
            );
            CREATE INDEX rating_history_rating ON rating_history (rating_id, action);
        """;

    private const string SqliteTriggers = """
            -- What a rating says never changes; only the day-long address hash is cleared.
            CREATE TRIGGER ratings_as_received BEFORE UPDATE OF id, reference, certificate, officer_name, body_slug, unit,
                visit_date, rating, checks, problems, has_problems, comment, contact, submitted_on, created_at ON ratings
            BEGIN SELECT RAISE(ABORT, 'ratings are kept as received'); END;

            CREATE TRIGGER rating_history_no_update BEFORE UPDATE ON rating_history
            BEGIN SELECT RAISE(ABORT, 'rating_history is append-only'); END;
            CREATE TRIGGER rating_history_no_delete BEFORE DELETE ON rating_history
            BEGIN SELECT RAISE(ABORT, 'rating_history is append-only'); END;
        """;

    private const string PostgresTriggers = """
        CREATE OR REPLACE FUNCTION portal_refuse() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$;
        -- What a rating says never changes; only the day-long address hash is cleared.
        CREATE TRIGGER ratings_as_received BEFORE UPDATE OF id, reference, certificate, officer_name, body_slug, unit,
            visit_date, rating, checks, problems, has_problems, comment, contact, submitted_on, created_at ON ratings
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('ratings are kept as received');
        CREATE TRIGGER rating_history_no_update BEFORE UPDATE ON rating_history
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('rating_history is append-only');
        CREATE TRIGGER rating_history_no_delete BEFORE DELETE ON rating_history
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('rating_history is append-only');
        """;
}

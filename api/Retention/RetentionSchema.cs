using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Retention;

/// <summary>
/// Ratings and correction requests are kept as received, and the store's triggers enforce it (SQLite's and
/// PostgreSQL's say the same in their own words). Erasing personal
/// data at the end of its period is the one change they now allow, and only in one shape: the personal fields
/// blanked, personal_erased_at set once, everything else as it was.
/// </summary>
internal static class RetentionSchema
{
    public static readonly Migration[] Migrations =
    [
        new("0400-retention", """
            ALTER TABLE ratings ADD COLUMN personal_erased_at TEXT;
            DROP TRIGGER ratings_as_received;
            CREATE TRIGGER ratings_as_received BEFORE UPDATE OF id, reference, certificate, officer_name, body_slug, unit,
                visit_date, rating, checks, problems, has_problems, comment, submitted_on, created_at ON ratings
            BEGIN SELECT RAISE(ABORT, 'ratings are kept as received'); END;
            -- The contact may only be erased, and only together with marking the rating erased.
            CREATE TRIGGER ratings_contact_only_erased BEFORE UPDATE OF contact, personal_erased_at ON ratings
            WHEN NOT (NEW.contact IS NULL AND (NEW.personal_erased_at IS NOT NULL OR OLD.contact IS NULL)
                      AND (OLD.personal_erased_at IS NULL OR NEW.personal_erased_at IS OLD.personal_erased_at))
            BEGIN SELECT RAISE(ABORT, 'a rater''s contact is only ever erased'); END;

            ALTER TABLE corrections ADD COLUMN personal_erased_at TEXT;
            DROP TRIGGER corrections_as_filed;
            CREATE TRIGGER corrections_as_filed BEFORE UPDATE OF ticket, year, sequence, view_token_hash, mail_token_hash,
                record_kind, record, body, description, correction, evidence, name, email, phone, submitted_at, personal_erased_at ON corrections
            WHEN NOT (OLD.personal_erased_at IS NULL AND NEW.personal_erased_at IS NOT NULL
                      AND NEW.name = '' AND NEW.email = '' AND NEW.phone IS NULL
                      AND NEW.ticket IS OLD.ticket AND NEW.year IS OLD.year AND NEW.sequence IS OLD.sequence
                      AND NEW.view_token_hash IS OLD.view_token_hash AND NEW.mail_token_hash IS OLD.mail_token_hash
                      AND NEW.record_kind IS OLD.record_kind AND NEW.record IS OLD.record AND NEW.body IS OLD.body
                      AND NEW.description IS OLD.description AND NEW.correction IS OLD.correction
                      AND NEW.evidence IS OLD.evidence AND NEW.submitted_at IS OLD.submitted_at)
            BEGIN SELECT RAISE(ABORT, 'a correction request is kept as filed'); END;

            ALTER TABLE correction_attachments ADD COLUMN erased_at TEXT;
            DROP TRIGGER correction_attachments_no_update;
            CREATE TRIGGER correction_attachments_no_update BEFORE UPDATE ON correction_attachments
            WHEN NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.file_name = '' AND length(NEW.content) = 0
                      AND NEW.id IS OLD.id AND NEW.correction_id IS OLD.correction_id
                      AND NEW.content_type IS OLD.content_type AND NEW.size IS OLD.size)
            BEGIN SELECT RAISE(ABORT, 'attachments are kept as filed'); END;
            """, """
            ALTER TABLE ratings ADD COLUMN personal_erased_at TEXT;
            DROP TRIGGER ratings_as_received ON ratings;
            CREATE TRIGGER ratings_as_received BEFORE UPDATE OF id, reference, certificate, officer_name, body_slug, unit,
                visit_date, rating, checks, problems, has_problems, comment, submitted_on, created_at ON ratings
                FOR EACH ROW EXECUTE FUNCTION portal_refuse('ratings are kept as received');
            CREATE TRIGGER ratings_contact_only_erased BEFORE UPDATE OF contact, personal_erased_at ON ratings FOR EACH ROW
                WHEN (NOT (NEW.contact IS NULL AND (NEW.personal_erased_at IS NOT NULL OR OLD.contact IS NULL)
                      AND (OLD.personal_erased_at IS NULL OR NEW.personal_erased_at IS NOT DISTINCT FROM OLD.personal_erased_at)))
                EXECUTE FUNCTION portal_refuse('a rater''s contact is only ever erased');

            ALTER TABLE corrections ADD COLUMN personal_erased_at TEXT;
            DROP TRIGGER corrections_as_filed ON corrections;
            CREATE TRIGGER corrections_as_filed BEFORE UPDATE OF ticket, year, sequence, view_token_hash, mail_token_hash,
                record_kind, record, body, description, correction, evidence, name, email, phone, submitted_at, personal_erased_at ON corrections
                FOR EACH ROW
                WHEN (NOT (OLD.personal_erased_at IS NULL AND NEW.personal_erased_at IS NOT NULL
                      AND NEW.name = '' AND NEW.email = '' AND NEW.phone IS NULL
                      AND NEW.ticket IS NOT DISTINCT FROM OLD.ticket AND NEW.year IS NOT DISTINCT FROM OLD.year
                      AND NEW.sequence IS NOT DISTINCT FROM OLD.sequence
                      AND NEW.view_token_hash IS NOT DISTINCT FROM OLD.view_token_hash
                      AND NEW.mail_token_hash IS NOT DISTINCT FROM OLD.mail_token_hash
                      AND NEW.record_kind IS NOT DISTINCT FROM OLD.record_kind AND NEW.record IS NOT DISTINCT FROM OLD.record
                      AND NEW.body IS NOT DISTINCT FROM OLD.body AND NEW.description IS NOT DISTINCT FROM OLD.description
                      AND NEW.correction IS NOT DISTINCT FROM OLD.correction AND NEW.evidence IS NOT DISTINCT FROM OLD.evidence
                      AND NEW.submitted_at IS NOT DISTINCT FROM OLD.submitted_at))
                EXECUTE FUNCTION portal_refuse('a correction request is kept as filed');

            ALTER TABLE correction_attachments ADD COLUMN erased_at TEXT;
            DROP TRIGGER correction_attachments_no_update ON correction_attachments;
            CREATE TRIGGER correction_attachments_no_update BEFORE UPDATE ON correction_attachments FOR EACH ROW
                WHEN (NOT (OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.file_name = '' AND length(NEW.content) = 0
                      AND NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.correction_id IS NOT DISTINCT FROM OLD.correction_id
                      AND NEW.content_type IS NOT DISTINCT FROM OLD.content_type AND NEW.size IS NOT DISTINCT FROM OLD.size))
                EXECUTE FUNCTION portal_refuse('attachments are kept as filed');
            """),
    ];
}

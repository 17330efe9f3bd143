using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Corrections;

/// <summary>
/// Requests as filed (never edited, never deleted), their attachments (private: served to staff only), and
/// the audit history, which SQLite itself refuses to change or delete.
/// </summary>
internal static class CorrectionSchema
{
    public static readonly Migration[] Migrations =
    [
        new("0200-corrections", Tables + SqliteTriggers, Tables + PostgresTriggers),
        // The daily cap on confirmation mails per address counts by address and day.
        new("0201-corrections-by-email", """
            CREATE INDEX corrections_by_email ON corrections (email COLLATE NOCASE, submitted_at);
            """, """
            CREATE INDEX corrections_by_email ON corrections (email, submitted_at);
            """),
        // Counted with lower(email) = lower(@email), which both stores understand (NOCASE is SQLite's alone).
        new("0202-corrections-by-lower-email", """
            DROP INDEX corrections_by_email;
            CREATE INDEX corrections_by_email ON corrections (lower(email), submitted_at);
            """),
        // Progress links mailed again to a requester who lost the first mail: more tokens that open a request,
        // beside the two kept as filed (only hashes, as for those); mail names the one e-mail that carried them.
        new("0203-correction-links", """
            CREATE TABLE correction_links (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                correction_id INTEGER NOT NULL REFERENCES corrections (id),
                token_hash BLOB NOT NULL,
                mail TEXT NOT NULL,
                sent_at TEXT NOT NULL
            );
            CREATE INDEX correction_links_by_request ON correction_links (correction_id);
            """),
    ];

    private const string Tables = """
            CREATE TABLE corrections (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                ticket TEXT NOT NULL UNIQUE,
                year INTEGER NOT NULL,
                sequence INTEGER NOT NULL,
                view_token_hash BLOB NOT NULL,
                mail_token_hash BLOB NOT NULL,
                record_kind TEXT NOT NULL CHECK (record_kind IN ('decision', 'certificate')),
                record TEXT NOT NULL,
                record_title TEXT NOT NULL,
                record_url TEXT,
                body TEXT NOT NULL,
                body_name TEXT NOT NULL,
                description TEXT NOT NULL,
                correction TEXT NOT NULL,
                evidence TEXT,
                name TEXT NOT NULL,
                email TEXT NOT NULL,
                phone TEXT,
                submitted_at TEXT NOT NULL,
                status TEXT NOT NULL,
                accepted_on TEXT,
                deadline TEXT,
                UNIQUE (year, sequence)
            );
            CREATE INDEX corrections_by_body ON corrections (body, status);
            CREATE INDEX corrections_by_status ON corrections (status, submitted_at);

            CREATE TABLE correction_attachments (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                correction_id INTEGER NOT NULL REFERENCES corrections (id),
                file_name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                content BLOB NOT NULL
            );
            CREATE INDEX correction_attachments_by_request ON correction_attachments (correction_id);

            CREATE TABLE correction_history (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                correction_id INTEGER NOT NULL REFERENCES corrections (id),
                at TEXT NOT NULL,
                status TEXT NOT NULL,
                actor TEXT NOT NULL,
                reply TEXT,
                reason TEXT
            );
            CREATE INDEX correction_history_by_request ON correction_history (correction_id, id);

            CREATE TABLE correction_digests (
                day TEXT NOT NULL,
                body TEXT NOT NULL,
                sent_at TEXT NOT NULL,
                PRIMARY KEY (day, body)
            );
        """;

    private const string SqliteTriggers = """
            CREATE TRIGGER correction_history_no_update BEFORE UPDATE ON correction_history
            BEGIN SELECT RAISE(ABORT, 'correction_history is append-only'); END;
            CREATE TRIGGER correction_history_no_delete BEFORE DELETE ON correction_history
            BEGIN SELECT RAISE(ABORT, 'correction_history is append-only'); END;
            CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
            BEGIN SELECT RAISE(ABORT, 'correction requests are never deleted'); END;
            CREATE TRIGGER corrections_as_filed BEFORE UPDATE OF ticket, year, sequence, view_token_hash, mail_token_hash,
                record_kind, record, body, description, correction, evidence, name, email, phone, submitted_at ON corrections
            BEGIN SELECT RAISE(ABORT, 'a correction request is kept as filed'); END;
            CREATE TRIGGER correction_attachments_no_update BEFORE UPDATE ON correction_attachments
            BEGIN SELECT RAISE(ABORT, 'attachments are kept as filed'); END;
            CREATE TRIGGER correction_attachments_no_delete BEFORE DELETE ON correction_attachments
            BEGIN SELECT RAISE(ABORT, 'attachments are kept as filed'); END;
        """;

    private const string PostgresTriggers = """
        CREATE OR REPLACE FUNCTION portal_refuse() RETURNS trigger LANGUAGE plpgsql
            AS $$ BEGIN RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation'; END $$;
        CREATE TRIGGER correction_history_no_update BEFORE UPDATE ON correction_history
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('correction_history is append-only');
        CREATE TRIGGER correction_history_no_delete BEFORE DELETE ON correction_history
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('correction_history is append-only');
        CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('correction requests are never deleted');
        CREATE TRIGGER corrections_as_filed BEFORE UPDATE OF ticket, year, sequence, view_token_hash, mail_token_hash,
            record_kind, record, body, description, correction, evidence, name, email, phone, submitted_at ON corrections
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('a correction request is kept as filed');
        CREATE TRIGGER correction_attachments_no_update BEFORE UPDATE ON correction_attachments
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('attachments are kept as filed');
        CREATE TRIGGER correction_attachments_no_delete BEFORE DELETE ON correction_attachments
            FOR EACH ROW EXECUTE FUNCTION portal_refuse('attachments are kept as filed');
        """;
}

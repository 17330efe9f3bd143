using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Staff;

public static class StaffSchema
{
    public static readonly Migration[] Migrations =
    [
        new("0500-staff-accounts", """
            CREATE TABLE staff_accounts (
                name TEXT PRIMARY KEY,
                body TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0,
                failed_sign_ins INTEGER NOT NULL DEFAULT 0,
                locked_until TEXT,
                created_at TEXT NOT NULL
            );
            """),
    ];
}

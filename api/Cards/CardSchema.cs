using Enforcement.Api.Infrastructure.Storage;

namespace Enforcement.Api.Cards;

/// <summary>
/// Every card ever printed has a serial, issued here the first time staff print the officer's card. A card
/// stops working when it is revoked (lost, stolen, officer moved) or superseded by a newer card for the same
/// officer; both are kept, so the officer's page can say why an old card no longer rates.
/// </summary>
internal static class CardSchema
{
    public static readonly Migration[] Migrations =
    [
        new("0300-card-serials", """
            CREATE TABLE card_serials (
                serial INTEGER PRIMARY KEY AUTOINCREMENT,
                certificate TEXT NOT NULL,
                body TEXT NOT NULL,
                issued_at TEXT NOT NULL,
                issued_by TEXT NOT NULL,
                superseded_at TEXT,
                revoked_at TEXT,
                revoked_by TEXT,
                reason TEXT
            );
            CREATE INDEX card_serials_by_certificate ON card_serials (certificate, serial);
            -- At most one card in use per officer.
            CREATE UNIQUE INDEX card_serials_one_current ON card_serials (certificate)
                WHERE superseded_at IS NULL AND revoked_at IS NULL;
            """),
    ];
}

namespace Enforcement.Api.Cards;

/// <summary>Why staff withdrew a card. A fixed list, because the reason is shown to whoever scans the card.</summary>
public enum CardWithdrawal { Lost, Stolen, Moved, Damaged }

public static class CardWithdrawals
{
    public static string Code(this CardWithdrawal reason) => reason switch
    {
        CardWithdrawal.Lost => "lost",
        CardWithdrawal.Stolen => "stolen",
        CardWithdrawal.Moved => "moved",
        CardWithdrawal.Damaged => "damaged",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static string Label(this CardWithdrawal reason) => reason switch
    {
        CardWithdrawal.Lost => "监督卡遗失",
        CardWithdrawal.Stolen => "监督卡被盗",
        CardWithdrawal.Moved => "执法人员岗位变动",
        CardWithdrawal.Damaged => "监督卡损坏",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    public static bool TryParse(string? code, out CardWithdrawal reason)
    {
        foreach (var candidate in Enum.GetValues<CardWithdrawal>())
            if (string.Equals(code?.Trim(), candidate.Code(), StringComparison.OrdinalIgnoreCase))
            {
                reason = candidate;
                return true;
            }
        reason = default;
        return false;
    }
}

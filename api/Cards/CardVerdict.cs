using Enforcement.Time;

namespace Enforcement.Api.Cards;

/// <summary>What the token in a card's link says about the card.</summary>
public enum CardState
{
    /// <summary>No token: the officer's page opened some other way.</summary>
    None,
    /// <summary>A token not made with the current key for this certificate (forged, copied, or the key was rotated).</summary>
    Invalid,
    /// <summary>The officer's card in use: it may rate.</summary>
    Current,
    /// <summary>A newer card was printed for the officer.</summary>
    Superseded,
    /// <summary>Staff withdrew the card.</summary>
    Revoked,
}

/// <summary>The card's state, with its serial, since when and why, to tell the person who scanned it.</summary>
public sealed record CardVerdict(CardState State, long? Serial = null, DateOnly? Since = null, CardWithdrawal? Reason = null)
{
    public static readonly CardVerdict None = new(CardState.None);
    public static readonly CardVerdict Invalid = new(CardState.Invalid);

    public bool MayRate => State == CardState.Current;

    /// <summary>Why this card cannot rate, in words for the public; null when it can (or when there was no card).</summary>
    public string? Why => State switch
    {
        CardState.Invalid => "此链接中的监督卡凭证无效：可能是旧版监督卡、监督卡已全部更换，或链接不完整。",
        CardState.Superseded => $"这张监督卡（卡号 {CardSerial.Format(Serial!.Value)}）已于 {ChinaTime.Written(Since!.Value)} 换发新卡，旧卡停止使用。",
        CardState.Revoked => $"这张监督卡（卡号 {CardSerial.Format(Serial!.Value)}）已于 {ChinaTime.Written(Since!.Value)} 停用，原因：{Reason!.Value.Label()}。",
        _ => null,
    };
}

public static class CardSerial
{
    /// <summary>The serial as printed on the card: six digits at least, so it reads as a number, not a count.</summary>
    public static string Format(long serial) => serial.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The serial as staff type it from the card: 000123, 000 123, ０００１２３ (full-width), 卡号 000123, No.123.
    /// </summary>
    public static bool TryParse(string? typed, out long serial)
    {
        serial = 0;
        var text = (typed ?? "").Normalize(System.Text.NormalizationForm.FormKC).Trim();
        foreach (var prefix in new[] { "卡号", "No.", "NO.", "no.", "No", "NO", "#" })
            if (text.StartsWith(prefix, StringComparison.Ordinal)) { text = text[prefix.Length..].TrimStart(' ', ':', '：'); break; }
        var digits = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));
        return digits.Length is > 0 and <= 12 && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out serial) && serial > 0;
    }
}

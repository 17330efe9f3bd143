using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>The kinds of personal data the generator plants, named as the redaction report names them.</summary>
internal enum SecretKind
{
    /// <summary>居民身份证号 (18 digits with MOD 11-2 check, or the old 15 digits).</summary>
    IdNumber,
    /// <summary>手机号.</summary>
    Mobile,
    /// <summary>固定电话.</summary>
    Landline,
    /// <summary>电子邮箱.</summary>
    Email,
    /// <summary>银行卡号 (Luhn).</summary>
    BankCard,
    /// <summary>A natural person's full name: the party's, or a witness's or agent's.</summary>
    PersonName,
    /// <summary>A home address (listed in the decision's redact:).</summary>
    HomeAddress,
    /// <summary>护照, 港澳通行证 or 台胞证 number, found by its label.</summary>
    Document,
    /// <summary>微信号 or QQ number, found by its label.</summary>
    Account,
    /// <summary>A natural person's licence plate (赣C·12345).</summary>
    Plate,
    /// <summary>A natural-person party's date of birth (1985年3月12日).</summary>
    BirthDate,
}

/// <summary>
/// One piece of personal data written into a decision: exactly as it appears in the file
/// (<paramref name="Written"/>, with its spaces, dashes, full-width digits or line break) and in plain
/// ASCII without separators (<paramref name="Canonical"/>), which is what must never reach the output.
/// </summary>
internal sealed record PlantedSecret(SecretKind Kind, string Written, string Canonical);

/// <summary>Everything the generator planted in one decision file.</summary>
internal sealed record DecisionSecrets(string SourcePath, string Number, PartyKind PartyKind, IReadOnlyList<PlantedSecret> Secrets);

/// <summary>What <see cref="SampleGenerator.Write"/> made: one entry a decision, in index order.</summary>
internal sealed record SampleManifest(DateOnly Anchor, int Seed, IReadOnlyList<DecisionSecrets> Decisions)
{
    public IEnumerable<PlantedSecret> AllSecrets => Decisions.SelectMany(d => d.Secrets);
}

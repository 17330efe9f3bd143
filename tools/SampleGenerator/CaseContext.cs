using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>
/// Everything a kind of case needs while it writes one decision: the seeded random source, the body,
/// the party, the dates, and the list of personal data planted so far.
/// </summary>
internal sealed class CaseContext
{
    public required Random Rng { get; init; }
    public required SampleBody Body { get; init; }
    public required PartyKind Kind { get; init; }
    public required Area Area { get; init; }
    /// <summary>When the violation came to light (inspection, complaint, sampling).</summary>
    public required DateOnly Found { get; init; }
    public required DateOnly Filed { get; init; }
    public required DateOnly Noticed { get; init; }
    public required DateOnly Decided { get; init; }
    public required IReadOnlyList<Officer> Officers { get; init; }
    /// <summary>The party's shop, works or (for a natural person) the place of the violation.</summary>
    public string Place { get; set; } = "";

    /// <summary>How the party's name ends (眼镜店, 物流有限公司 …); empty for natural persons.</summary>
    public string Business { get; set; } = "";

    /// <summary>
    /// Something that suits the party's business: one of the options whose key occurs in <see cref="Business"/>,
    /// or any option when none does (natural persons, general traders).
    /// </summary>
    public T Suited<T>(IReadOnlyList<(string Key, T Value)> options)
    {
        var suited = options.Where(o => Business.Contains(o.Key, StringComparison.Ordinal)).ToList();
        return suited.Count > 0 ? Pick(suited).Value : Pick(options).Value;
    }

    public List<PlantedSecret> Secrets { get; } = [];
    public List<string> Redact { get; } = [];

    /// <summary>The revised 行政处罚法 took effect on 2021-07-15 and renumbered its articles.</summary>
    public bool RevisedPenaltyLaw => Decided >= new DateOnly(2021, 7, 15);

    /// <summary>An article of the 行政处罚法 under the version that applied on the decision date.</summary>
    public string PenaltyLaw(string revised, string before2021) =>
        $"《中华人民共和国行政处罚法》{(RevisedPenaltyLaw ? revised : before2021)}";

    public bool IsPerson => Kind == PartyKind.NaturalPerson;

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    public int Int(int min, int maxInclusive) => Rng.Next(min, maxInclusive + 1);

    public bool Chance(int percent) => Rng.Next(100) < percent;

    /// <summary>A whole sum of yuan between min and max in steps of <paramref name="step"/>.</summary>
    public decimal Money(int min, int max, int step) => (decimal)Int(min / step, max / step) * step;

    public static string D(DateOnly d) => ChineseText.Date(d);

    /// <summary>A day between two dates, inclusive.</summary>
    public DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(Rng.Next(to.DayNumber - from.DayNumber + 1));

    public (Officer First, Officer Second) TwoOfficers()
    {
        var first = Pick(Officers);
        Officer second;
        do second = Pick(Officers); while (ReferenceEquals(first, second) && Officers.Count > 1);
        return (first, second);
    }

    /// <summary>"李明（执法证号：36090012345）、王伟（执法证号：…）": officers identify themselves in every record.</summary>
    public string OfficerPair()
    {
        var (a, b) = TwoOfficers();
        return $"{a.Name}（执法证号：{a.Certificate}）、{b.Name}（执法证号：{b.Certificate}）";
    }

    public string Plant(SecretKind kind, string written, string canonical)
    {
        Secrets.Add(new PlantedSecret(kind, written, canonical));
        return written;
    }

    /// <summary>A private person (witness, complainant, agent, employee): named in the text, listed in redact:.</summary>
    public Person Witness()
    {
        var p = SampleNames.Private(Rng);
        Plant(SecretKind.PersonName, p.Name, p.Name);
        if (!Redact.Contains(p.Name)) Redact.Add(p.Name);
        return p;
    }

    public string Mobile()
    {
        var digits = PersonalData.Mobile(Rng);
        return Plant(SecretKind.Mobile, PersonalData.WriteMobile(Rng, digits), digits);
    }

    public string Landline()
    {
        var (written, digits) = PersonalData.Landline(Rng);
        return Plant(SecretKind.Landline, written, digits);
    }

    /// <summary>A mobile most of the time, a landline now and then.</summary>
    public string Phone() => Chance(85) ? Mobile() : Landline();

    public string Email(Person person)
    {
        var email = PersonalData.Email(Rng, person);
        return Plant(SecretKind.Email, email, email);
    }

    /// <summary>"中国农业银行借记卡（卡号：6228 4812 3456 7890 123）".</summary>
    public string BankCard()
    {
        var (bank, written, digits) = PersonalData.BankCard(Rng);
        return $"{bank}借记卡（卡号：{Plant(SecretKind.BankCard, written, digits)}）";
    }

    /// <summary>An ID number for a person: 18 digits (now and then 15), written in one of the ways people type it.</summary>
    public (string Written, string Canonical) IdNumber(Person person, DateOnly birth, string areaCode, string oldAreaCode, bool typo = false)
    {
        var canonical = birth.Year < 1984 && Chance(15)
            ? PersonalData.Id15(Rng, oldAreaCode, birth, person.Male)
            : PersonalData.Id18(Rng, areaCode, birth, person.Male);
        // A typo in the check character: still a real region and birth date, still private.
        if (typo) canonical = PersonalData.WithWrongCheck(canonical);
        var written = PersonalData.WriteId(Rng, canonical);
        Plant(SecretKind.IdNumber, written, canonical);
        return (written, canonical);
    }

    /// <summary>Where a natural-person party lives (it may be outside 宜春 even when the case is not).</summary>
    public Area? HomeArea { get; set; }

    private string? home;

    /// <summary>A natural-person party's home address: invented once, listed in redact:.</summary>
    public string PartyHome()
    {
        if (home is not null) return home;
        home = SamplePlaces.Home(Rng, HomeArea ?? Area);
        if (!Redact.Contains(home)) Redact.Add(home);
        return Plant(SecretKind.HomeAddress, home, home);
    }

    /// <summary>"- **护照号码**：E12345678": a foreign or cross-border document, private by its label.</summary>
    public string Document()
    {
        var (label, number) = PersonalData.Document(Rng);
        return $"- **{label}**：{Plant(SecretKind.Document, number, number)}\n";
    }

    /// <summary>"- **微信号**：lihua_1988" or a QQ number.</summary>
    public string Account(Person person)
    {
        var (label, value) = PersonalData.Account(Rng, person);
        return $"- **{label}**：{Plant(SecretKind.Account, value, value)}\n";
    }

    public string Plate()
    {
        var plate = PersonalData.Plate(Rng);
        return Plant(SecretKind.Plate, plate, plate.Replace("·", ""));
    }

    public DateOnly Birth() => new DateOnly(Int(1956, 2003), Int(1, 12), 1).AddDays(Int(0, 27));
}

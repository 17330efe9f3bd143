using Enforcement.Content;

namespace Enforcement.Sample;

/// <summary>
/// People written the other ways real decisions write them: a witness in a table that puts the role after the
/// name, a witness with the home after 住, a child and its age, a natural-person party's date of birth and pinyin signature. None of them is listed
/// in redact:, so redaction must find each by its words. They draw from a random stream of their own, so adding
/// them leaves every other generated value (and the search relevance set labelled on them) as it was.
/// </summary>
internal static class PeopleInOtherShapes
{
    public static string Add(string text, CaseContext c, int index, string partyName)
    {
        var rng = new Random(unchecked(index * 7919 + 17));
        var roll = rng.Next(100);
        if (roll < 6)
        {
            var witness = SampleNames.Private(rng);
            c.Plant(SecretKind.PersonName, witness.Name, witness.Name);
            text = Before(text, "## 陈述申辩", $"证人情况：\n\n| 姓名 | 身份 | 证明事项 |\n| --- | --- | --- |\n| {witness.Name} | 证人 | 当日在现场购买的经过 |\n\n");
        }
        else if (roll < 9 && c.Kind != PartyKind.Organization)
        {
            var child = SampleNames.Private(rng);
            c.Plant(SecretKind.PersonName, child.Name, child.Name);
            var relation = rng.Next(2) == 0 ? "之子" : "之女";
            text = Before(text, "## 证据", $"检查时，当事人{relation}{child.Name}（{rng.Next(8, 17)}岁）在店内照看。\n\n");
        }
        if (c.IsPerson && rng.Next(100) < 10)
        {
            var birth = new DateOnly(rng.Next(1956, 2004), rng.Next(1, 13), rng.Next(1, 29));
            var written = $"{birth.Year}年{birth.Month}月{birth.Day}日";
            c.Plant(SecretKind.BirthDate, written, written);
            text = After(text, "- **性别**：", $"- **出生日期**：{written}\n");
        }
        if (c.IsPerson && rng.Next(100) < 6 && Spelled(partyName) is { } spelled)
        {
            var written = rng.Next(3) switch
            {
                0 => $"{Cap(spelled.Family)} {Cap(spelled.Given)}",
                1 => $"{spelled.Family.ToUpperInvariant()} {spelled.Given.ToUpperInvariant()}",
                _ => $"{Cap(spelled.Given)} {Cap(spelled.Family)}",
            };
            c.Plant(SecretKind.PersonName, written, (spelled.Family + spelled.Given).ToUpperInvariant());
            text = After(text, "- **性别**：", $"- **签名**：{written}\n");
        }
        if (rng.Next(100) < 5)
        {
            // A witness introduced as a decision's heading introduces a person: sex, then 住 and the home.
            var witness = SampleNames.Private(rng);
            var home = SamplePlaces.Home(rng, c.Area);
            c.Plant(SecretKind.PersonName, witness.Name, witness.Name);
            c.Plant(SecretKind.HomeAddress, home, home);
            text = Before(text, "## 陈述申辩", $"证人：{witness.Name}，{(witness.Male ? "男" : "女")}，住{home}，系当日在店内购物的顾客。\n\n");
        }
        return text;
    }

    /// <summary>The name in pinyin, from the generator's own tables (the surname and the private given names).</summary>
    private static (string Family, string Given)? Spelled(string name)
    {
        foreach (var (surname, family) in SampleNames.Surnames.OrderByDescending(s => s.Surname.Length))
        {
            if (!name.StartsWith(surname, StringComparison.Ordinal)) continue;
            var given = name[surname.Length..];
            foreach (var g in SampleNames.PrivateGiven) if (g.Given == given) return (family, g.Pinyin);
            return null;
        }
        return null;
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Before(string text, string heading, string insert)
    {
        var at = text.IndexOf(heading, StringComparison.Ordinal);
        return at < 0 ? text : text.Insert(at, insert);
    }

    /// <summary>Inserts a line after the line that starts with <paramref name="label"/>.</summary>
    private static string After(string text, string label, string line)
    {
        var at = text.IndexOf(label, StringComparison.Ordinal);
        if (at < 0) return text;
        var end = text.IndexOf('\n', at);
        return end < 0 ? text : text.Insert(end + 1, line);
    }
}

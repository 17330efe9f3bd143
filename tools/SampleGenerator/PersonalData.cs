using System.Text;

namespace Enforcement.Sample;

/// <summary>Invents personal data in the formats people really type it. Values only; the caller plants them.</summary>
internal static class PersonalData
{
    /// <summary>A checksum-valid 18-digit 居民身份证 number; sometimes forced to end in X, which is rare otherwise.</summary>
    public static string Id18(Random rng, string areaCode, DateOnly birth, bool male)
    {
        var wantX = rng.Next(6) == 0;
        Span<char> buffer = stackalloc char[17];
        for (var attempt = 0; ; attempt++)
        {
            var order = rng.Next(0, 100) * 10 + (male ? 1 + 2 * rng.Next(5) : 2 * rng.Next(5));
            var first17 = $"{areaCode}{birth:yyyyMMdd}{order:D3}";
            first17.AsSpan().CopyTo(buffer);
            var check = Checksums.IdCheckChar(buffer);
            if (!wantX || check == 'X' || attempt > 60) return first17 + check;
        }
    }

    /// <summary>An old 15-digit number (area, yyMMdd, order), as first-generation cards carried.</summary>
    public static string Id15(Random rng, string oldAreaCode, DateOnly birth, bool male) =>
        $"{oldAreaCode}{birth:yyMMdd}{rng.Next(0, 100) * 10 + (male ? 1 + 2 * rng.Next(5) : 2 * rng.Next(5)):D3}";

    /// <summary>How an ID number is written: mostly plain, sometimes grouped, full-width or broken over a line.</summary>
    public static string WriteId(Random rng, string id)
    {
        var roll = rng.Next(100);
        if (roll < 72 || id.Length != 18) return roll < 90 || id.Length != 15 ? id : $"{id[..6]} {id[6..12]} {id[12..]}";
        if (roll < 80) return $"{id[..6]} {id[6..14]} {id[14..]}";
        if (roll < 86) return $"{id[..4]} {id[4..8]} {id[8..12]} {id[12..16]} {id[16..]}";
        if (roll < 95) return FullWidth(id);
        return $"{id[..10]}\n{id[10..]}";
    }

    public static string FullWidth(string ascii)
    {
        var sb = new StringBuilder(ascii.Length);
        foreach (var c in ascii)
            sb.Append(c switch
            {
                >= '0' and <= '9' => (char)('０' + (c - '0')),
                'X' => 'Ｘ',
                _ => c,
            });
        return sb.ToString();
    }

    private static readonly string[] MobilePrefixes =
    [
        "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157", "158",
        "159", "166", "173", "176", "177", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "198", "199",
    ];

    public static string Mobile(Random rng) => MobilePrefixes[rng.Next(MobilePrefixes.Length)] + rng.Next(0, 100_000_000).ToString("D8");

    public static string WriteMobile(Random rng, string m) => rng.Next(10) switch
    {
        0 => $"+86 {m[..3]} {m[3..7]} {m[7..]}",
        1 => $"{m[..3]}-{m[3..7]}-{m[7..]}",
        2 => $"{m[..3]} {m[3..7]} {m[7..]}",
        3 => $"+86-{m}",
        4 => $"0086 {m}",
        5 => $"86-{m[..3]}-{m[3..7]}-{m[7..]}",
        6 => $"{m[..3]}.{m[3..7]}.{m[7..]}",
        7 => rng.Next(3) == 0 ? ChineseNumerals(m) : $"(0086){m}",
        _ => m,
    };

    /// <summary>一三九〇七九五一二三四: a number read out and written down in Chinese numerals.</summary>
    public static string ChineseNumerals(string digits) => string.Concat(digits.Select(c => "〇一二三四五六七八九"[c - '0']));

    /// <summary>An 18-digit ID with its check character mistyped (the region and birth date still real).</summary>
    public static string WithWrongCheck(string id) =>
        id.Length != 18 ? id : id[..17] + (id[17] == '0' ? '1' : id[17] == 'X' ? '0' : (char)(id[17] - 1));

    /// <summary>护照 E + 8 digits, 港澳通行证 C + 8 digits, 台胞证 8 digits; returns the label and the number.</summary>
    public static (string Label, string Number) Document(Random rng) => rng.Next(3) switch
    {
        0 => ("护照号码", "E" + rng.Next(0, 100_000_000).ToString("D8")),
        1 => ("港澳通行证号码", "C" + rng.Next(0, 100_000_000).ToString("D8")),
        _ => ("台胞证号码", rng.Next(10_000_000, 100_000_000).ToString()),
    };

    /// <summary>A WeChat ID or a QQ number; returns the label and the value.</summary>
    public static (string Label, string Value) Account(Random rng, Person person) => rng.Next(2) == 0
        ? ("微信号", $"{person.Pinyin}_{rng.Next(1960, 2006)}")
        : ("QQ", rng.Next(10_000_000, 1_999_999_999).ToString());

    /// <summary>A 江西 plate: 赣 + a city letter + five characters, written with or without the middle dot.</summary>
    public static string Plate(Random rng) =>
        $"赣{"ABCDEFGHJKLM"[rng.Next(12)]}{(rng.Next(2) == 0 ? "·" : "")}{rng.Next(10_000, 100_000)}";

    /// <summary>A landline, written with its area code; returns (written, digits).</summary>
    public static (string Written, string Digits) Landline(Random rng)
    {
        var (area, length) = rng.Next(5) == 0 ? ("0791", 8) : ("0795", 7);
        var local = (length == 7 ? rng.Next(2_000_000, 9_000_000) : rng.Next(20_000_000, 90_000_000)).ToString();
        var written = rng.Next(4) switch
        {
            0 => $"({area}){local}",
            1 => $"{area} {local}",
            _ => $"{area}-{local}",
        };
        return (written, area + local);
    }

    private static readonly string[] MailDomains = ["163.com", "126.com", "qq.com", "sina.com", "139.com", "foxmail.com"];

    public static string Email(Random rng, Person person)
    {
        var domain = MailDomains[rng.Next(MailDomains.Length)];
        if (domain == "qq.com" && rng.Next(2) == 0) return $"{rng.Next(10_000_000, 1_999_999_999)}@qq.com";
        var separator = rng.Next(3) == 0 ? "." : rng.Next(2) == 0 ? "_" : "";
        return $"{person.Pinyin[..Math.Min(person.Pinyin.Length, 3 + rng.Next(8))]}{separator}{rng.Next(1960, 2006)}@{domain}";
    }

    /// <summary>Bank card issuers (BIN prefixes) of debit cards common in Jiangxi, and the card lengths they issue.</summary>
    public static readonly (string Bank, string Bin, int Length)[] Banks =
    [
        ("中国工商银行", "622202", 19), ("中国农业银行", "622848", 19), ("中国建设银行", "621700", 19),
        ("中国银行", "621661", 19), ("中国邮政储蓄银行", "621799", 19), ("江西农商银行", "623683", 19),
        ("招商银行", "622588", 16), ("交通银行", "622262", 19), ("九江银行", "621591", 16),
    ];

    /// <summary>A Luhn-valid card: returns the bank, the number grouped as printed, and the digits.</summary>
    public static (string Bank, string Written, string Digits) BankCard(Random rng)
    {
        var (bank, bin, length) = Banks[rng.Next(Banks.Length)];
        var sb = new StringBuilder(bin, length);
        while (sb.Length < length - 1) sb.Append((char)('0' + rng.Next(10)));
        var body = sb.ToString();
        var digits = body + Checksums.LuhnCheckDigit(body);
        var written = rng.Next(5) == 0 ? digits : string.Join(' ', digits.Chunk(4).Select(c => new string(c)));
        return (bank, written, digits);
    }

    /// <summary>Digits only, in ASCII: the form the leak gate compares after folding widths and dropping separators.</summary>
    public static string Canonical(string written)
    {
        var sb = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            if (c is >= '０' and <= '９') sb.Append((char)('0' + (c - '０')));
            else if ("〇一二三四五六七八九".IndexOf(c) is >= 0 and var n) sb.Append((char)('0' + n));
            else if (c == 'Ｘ' || c == 'x') sb.Append('X');
            else if (char.IsAsciiDigit(c) || c == 'X') sb.Append(c);
        }
        return sb.ToString();
    }
}

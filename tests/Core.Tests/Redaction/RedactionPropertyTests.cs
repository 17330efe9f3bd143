using Enforcement.Redaction;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Enforcement.Core.Tests.Redaction;

/// <summary>No generated personal number survives redaction, however it is typed and wherever it stands.</summary>
public class RedactionPropertyTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    private static Gen<(string Text, string Number)> Embedded(Gen<string> numbers, string kind) =>
        from n in numbers
        from typed in NumberGenerators.Typed(n, kind)
        from before in NumberGenerators.Context
        from after in NumberGenerators.Context
        select (before + typed + after, n);

    /// <summary>Masked, and neither the leak gate nor a digits-only reading finds any trace of the number.</summary>
    private static bool Gone((string Text, string Number) x, string field)
    {
        var d = Samples.Organisation(text: field == "text" ? x.Text : "") with
        {
            Title = field == "title" ? x.Text : "案",
            Violation = field == "violation" ? x.Text : "销售超过保质期的食品",
        };
        var result = Redactor.Redact(d, Samples.Site(), Today);
        var pd = result.Decision;
        var published = pd.Text + "\n" + pd.Title + "\n" + pd.Violation;
        var tail = x.Number[^8..].Replace("X", "");
        return !NumberGenerators.DigitsOf(published).Contains(tail, StringComparison.Ordinal)
            && new LeakScanner([d], Samples.Site(), PublicData.FromSite(Samples.Site())).Scan(new PublishedText("page.html", published)).Count == 0
            && result.MaskedByKind.Values.Sum() >= 1;
    }

    private static Gen<string> Fields => Gen.Elements("text", "title", "violation");

    [Property(MaxTest = 400)]
    public Property No_id_number_survives() =>
        Prop.ForAll(Embedded(Gen.OneOf(NumberGenerators.Id18, NumberGenerators.Id15), MaskKinds.IdNumber).ToArbitrary(), Fields.ToArbitrary(), Gone);

    [Property(MaxTest = 400)]
    public Property No_mobile_number_survives() =>
        Prop.ForAll(Embedded(NumberGenerators.Mobile, MaskKinds.Mobile).ToArbitrary(), Fields.ToArbitrary(), Gone);

    [Property(MaxTest = 300)]
    public Property No_landline_survives() =>
        Prop.ForAll(Embedded(NumberGenerators.Landline, MaskKinds.Landline).ToArbitrary(), Fields.ToArbitrary(), Gone);

    [Property(MaxTest = 400)]
    public Property No_bank_card_survives() =>
        Prop.ForAll(Embedded(NumberGenerators.Card, MaskKinds.BankCard).ToArbitrary(), Fields.ToArbitrary(), Gone);

    [Property(MaxTest = 300)]
    public Property A_natural_persons_own_id_is_masked_even_when_its_checksum_is_wrong() =>
        Prop.ForAll(NumberGenerators.Id18.ToArbitrary(), NumberGenerators.Context.ToArbitrary(), (id, context) =>
        {
            var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
            var d = Samples.Person(code: wrong, text: context + NumberGenerators.Group(wrong, MaskKinds.IdNumber, " ") + context);
            var pd = Redactor.Redact(d, Samples.Site(), Today).Decision;
            return !NumberGenerators.DigitsOf(pd.Text).Contains(wrong[..17], StringComparison.Ordinal) && pd.PartyCode is null;
        });
}

/// <summary>What must stay visible does, in whatever combination it appears.</summary>
public class VisibleNumbersPropertyTests
{
    private static Gen<string> LegitimatePiece =>
        Gen.OneOf(
            from y in Gen.Choose(2015, 2030) from n in Gen.Choose(1, 9999) select $"宜市监处罚〔{y}〕{n}号",
            from a in Gen.Choose(1, 999_999_999) from c in Gen.Choose(0, 99) select $"罚款人民币{a}.{c:D2}元",
            from a in Gen.Choose(1, 99_999_999) select $"货值金额 {a:N0} 元",
            from d in Gen.Choose(0, 20000) select new DateOnly(2000, 1, 1).AddDays(d).ToString("yyyy-MM-dd") + " ",
            from d in Gen.Choose(0, 20000) select new DateOnly(2000, 1, 1).AddDays(d).ToString("yyyy年M月d日"),
            from d in Gen.Choose(0, 20000) from h in Gen.Choose(0, 23) select new DateOnly(2000, 1, 1).AddDays(d).ToString("yyyy-MM-dd") + $" {h:D2}:30",
            from n in Gen.Choose(1, 300) from k in Gen.Choose(1, 9) select $"第{n}条第{k}款",
            NumberGenerators.CreditCode.Select(c => "统一社会信用代码：" + c),
            from n in Gen.Choose(100000, 999999) select $"邮编{n}",
            from n in Gen.Choose(0, 999_999) select $"执法证号3609{n:D7}");

    [Property(MaxTest = 500)]
    public Property Document_numbers_amounts_dates_articles_and_credit_codes_are_never_masked() =>
        Prop.ForAll(Gen.ArrayOf(LegitimatePiece, 8).ToArbitrary(), NumberGenerators.Context.ToArbitrary(), (pieces, context) =>
        {
            var text = string.Join(context, pieces);
            var result = Redactor.Redact(Samples.Organisation(text), Samples.Site(), new DateOnly(2025, 6, 1));
            // The context's random characters may read as a name before a person's number (两字（手机…): a name there is
            // masked, rightly. What this property is about is that no number, amount, date or article is.
            return pieces.All(p => result.Decision.Text.Contains(p, StringComparison.Ordinal))
                && result.MaskedByKind.Keys.All(kind => kind == MaskKinds.OtherPersonName);
        });
}

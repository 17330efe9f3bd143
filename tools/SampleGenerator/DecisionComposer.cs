using System.Text;
using Enforcement.Content;
using Enforcement.Corrections;

namespace Enforcement.Sample;

/// <summary>What the generator decided about one decision before writing it (chosen in index order, numbered per body and year).</summary>
internal sealed record DecisionPlan(int Index, SampleBody Body, CaseType Case, PartyKind Kind, DateOnly Decided, int Sequence)
{
    public string Number => $"{Body.NumberPrefix}〔{Decided.Year}〕{Sequence}号";

    public string SourcePath => $"decisions/{Decided.Year}/{Body.Slug}-{Sequence:D4}.md";
}

/// <summary>Writes one 行政处罚决定书: the party, the case's facts, the standard sections, the front matter.</summary>
internal static class DecisionComposer
{
    public static (Decision Decision, IReadOnlyList<PlantedSecret> Secrets) Compose(
        DecisionPlan plan, Random rng, IReadOnlyList<Officer> officers, DateOnly anchor)
    {
        var body = plan.Body;
        var decided = plan.Decided;
        var filed = decided.AddDays(-rng.Next(20, 81));
        var ctx = new CaseContext
        {
            Rng = rng,
            Body = body,
            Kind = plan.Kind,
            Area = PartyArea(body, rng),
            Found = filed.AddDays(-rng.Next(0, 8)),
            Filed = filed,
            Noticed = decided.AddDays(-rng.Next(7, 16)),
            Decided = decided,
            Officers = officers,
        };

        var (partyName, code, representative, partyBlock) = Party(ctx, plan.Case.Trade);
        var outcome = plan.Case.Write(ctx);
        var text = PeopleInOtherShapes.Add(Text(ctx, plan, partyBlock(), outcome), ctx, plan.Index, partyName);

        var published = WorkingDaysAfter(decided, rng.Next(1, 8));
        var (status, withdrawn, expires) = Lifecycle(rng, plan.Index, plan.Kind, published, anchor);
        var slug = Path.GetFileNameWithoutExtension(plan.SourcePath);
        var decision = new Decision(
            plan.SourcePath, decided.Year, slug, plan.Number, partyName + plan.Case.TitleSuffix, body.Slug,
            new Party(plan.Kind, partyName, code, representative), decided, published, plan.Case.Category, plan.Case.Violation,
            outcome.Basis, outcome.Sanctions.Select(s => s.Penalty).ToList(), status, withdrawn, expires, ctx.Redact, text);
        return (decision, ctx.Secrets);
    }

    /// <summary>City bodies act across 宜春; a county body within its county.</summary>
    private static Area PartyArea(SampleBody body, Random rng) =>
        !body.Slug.StartsWith("yichun-", StringComparison.Ordinal) ? body.Area
        : rng.Next(10) < 6 ? SamplePlaces.Yuanzhou
        : SamplePlaces.All[rng.Next(SamplePlaces.All.Length)];

    /// <summary>
    /// Invents the party. Returns its name, code and representative for the front matter, and a function that
    /// writes the party block of the text (called after the case has set the place of the violation).
    /// </summary>
    private static (string Name, string? Code, string? Representative, Func<string> Block) Party(CaseContext c, Trade trade)
    {
        var tradeName = c.Pick(CasePhrases.TradeNames);
        switch (c.Kind)
        {
            case PartyKind.Organization:
            {
                var prefix = c.Area == SamplePlaces.Yuanzhou ? "宜春市" : c.Area.Name;
                c.Business = c.Pick(trade.CompanySuffixes);
                var name = prefix + tradeName + c.Business;
                var code = SampleCodes.Random(c.Rng, "91", c.Area.Code);
                var rep = SampleNames.Public(c.Rng);
                c.Place = trade.Industrial ? SamplePlaces.Industrial(c.Rng, c.Area) : SamplePlaces.Business(c.Rng, c.Area);
                var address = c.Place;
                return (name, code, rep, () =>
                {
                    var sb = new StringBuilder()
                        .Append("- **当事人**：").Append(name).Append('\n')
                        .Append("- **统一社会信用代码**：").Append(code).Append('\n')
                        .Append("- **住所**：").Append(address).Append('\n')
                        .Append("- **法定代表人**：").Append(rep).Append('\n');
                    if (c.Chance(70))
                    {
                        var agent = c.Witness();
                        sb.Append("- **委托代理人**：").Append(agent.Name).Append("，系当事人").Append(c.Pick(["员工", "店长", "财务负责人", "行政主管"]))
                          .Append("，联系电话：").Append(c.Mobile());
                        if (c.Chance(30))
                            sb.Append("，身份证号码：").Append(c.IdNumber(agent, c.Birth(), c.Area.Code, c.Area.OldCode, typo: c.Chance(50)).Written);
                        sb.Append('\n');
                        if (c.Chance(10)) sb.Append(c.Account(agent));
                    }
                    else sb.Append("- **联系电话**：").Append(c.Landline()).Append('\n');
                    return sb.ToString();
                });
            }
            case PartyKind.IndividualBusiness:
            {
                var shops = trade.ShopSuffixes.Length > 0 ? trade.ShopSuffixes : ["经营部"];
                var operatorName = SampleNames.Public(c.Rng);
                var prefix = c.Chance(30) ? (c.Chance(50) ? "老" : "") + operatorName[..1] + (c.Chance(50) ? "记" : "") : tradeName;
                c.Business = c.Pick(shops);
                var name = c.Area.Name + prefix + c.Business;
                var code = SampleCodes.Random(c.Rng, "92", c.Area.Code);
                c.Place = SamplePlaces.Business(c.Rng, c.Area);
                var address = c.Place;
                return (name, code, operatorName, () =>
                {
                    var sb = new StringBuilder()
                        .Append("- **当事人**：").Append(name).Append("（个体工商户）\n")
                        .Append("- **统一社会信用代码**：").Append(code).Append('\n')
                        .Append("- **经营场所**：").Append(address).Append('\n')
                        .Append("- **经营者**：").Append(operatorName).Append('\n');
                    if (c.Chance(75))
                    {
                        var person = new Person(operatorName, operatorName[..1], "", c.Chance(60));
                        sb.Append("- **经营者身份证号码**：").Append(c.IdNumber(person, c.Birth(), c.Area.Code, c.Area.OldCode).Written).Append('\n');
                    }
                    sb.Append("- **联系电话**：").Append(c.Phone()).Append('\n');
                    return sb.ToString();
                });
            }
            default:
            {
                var person = SampleNames.Private(c.Rng);
                c.Plant(SecretKind.PersonName, person.Name, person.Name);
                c.HomeArea = c.Rng.Next(100) < 85 ? c.Area : Elsewhere(c.Rng);
                var (written, canonical) = c.IdNumber(person, c.Birth(), c.HomeArea.Code, c.HomeArea.OldCode);
                // Where the case happened; cases for natural persons set their own place (a home kitchen, a stall).
                c.Place = $"{c.Area.Name}{c.Pick(c.Area.Streets)}";
                return (person.Name, canonical, null, () =>
                {
                    var sb = new StringBuilder()
                        .Append("- **当事人**：").Append(person.Name).Append('\n')
                        .Append("- **性别**：").Append(person.Male ? "男" : "女").Append('\n')
                        .Append("- **身份证号码**：").Append(written).Append('\n');
                    sb.Append("- **住址**：").Append(c.PartyHome()).Append('\n')
                      .Append("- **联系电话**：").Append(c.Phone()).Append('\n');
                    if (c.Chance(30)) sb.Append("- **电子送达邮箱**：").Append(c.Email(person)).Append('\n');
                    if (c.Chance(15)) sb.Append(c.Account(person));
                    if (c.Chance(5)) sb.Append(c.Document());
                    if (c.Chance(10)) sb.Append("- **车辆号牌**：").Append(c.Plate()).Append('\n');
                    return sb.ToString();
                });
            }
        }
    }

    /// <summary>A person from outside 宜春: an ID from elsewhere, and a home there.</summary>
    private static Area Elsewhere(Random rng)
    {
        var (code, province) = SamplePlaces.OtherPlaces[rng.Next(SamplePlaces.OtherPlaces.Length)];
        return new Area(province, province, code, code, ["建设路", "人民路", "解放路", "新华路"], ["城关镇", "城南街道"]);
    }

    private static string Text(CaseContext c, DecisionPlan plan, string partyBlock, CaseOutcome o)
    {
        var sb = new StringBuilder(3000);
        var self = "本局";
        sb.Append(partyBlock).Append('\n');
        sb.Append(o.Source).Append('\n').Append('\n');

        sb.Append("## 违法事实\n\n");
        foreach (var fact in o.Facts) sb.Append(fact).Append("\n\n");
        if (c.Chance(35)) sb.Append(CasePhrases.Investigation(c)).Append("\n\n");

        sb.Append("## 证据\n\n以上事实，有下列证据证明：\n\n");
        for (var i = 0; i < o.Evidence.Count; i++) sb.Append(i + 1).Append(". ").Append(o.Evidence[i]).Append("；\n");
        sb.Length -= 2;
        sb.Append("。\n\n");

        sb.Append("## 陈述申辩\n\n");
        var fine = o.Sanctions.Where(s => s.Kind == "罚款").Sum(s => s.Amount ?? 0);
        var hearing = fine >= (c.IsPerson ? 10_000 : 100_000) || o.Sanctions.Any(s => s.Kind.StartsWith("没收国家", StringComparison.Ordinal));
        var notice = $"{plan.Body.NoticePrefix}〔{c.Noticed.Year}〕{plan.Sequence}号";
        var rights = hearing ? "陈述、申辩和要求听证" : "陈述、申辩";
        sb.Append(CaseContext.D(c.Noticed)).Append("，").Append(self).Append("向当事人送达了《行政处罚告知书》（").Append(notice)
          .Append("），告知当事人拟作出行政处罚的内容及事实、理由、依据，并告知其依法享有").Append(rights).Append("的权利。");
        sb.Append(Statement(c, hearing)).Append("\n\n");

        sb.Append("## 处罚依据和处罚决定\n\n");
        sb.Append("当事人的上述行为，违反了").Append(o.Violated).Append("的规定，构成").Append(plan.Case.Violation).Append("的违法行为。\n\n");
        sb.Append(o.Discretion).Append("\n\n");
        sb.Append("依据").Append(o.Basis).Append("的规定，").Append(self).Append("决定");
        if (o.Order is { } order) sb.Append(order).Append("，并");
        sb.Append("对当事人作出如下行政处罚：\n\n");
        for (var i = 0; i < o.Sanctions.Count; i++)
            sb.Append(i + 1).Append(". ").Append(o.Sanctions[i].Text).Append(i == o.Sanctions.Count - 1 ? "。\n\n" : "；\n");

        sb.Append("## 履行方式和期限\n\n");
        var pays = o.Sanctions.Any(s => s.Amount is > 0);
        if (pays)
        {
            sb.Append("当事人应当自收到本决定书之日起十五日内，持本决定书和《江西省非税收入一般缴款书》到指定的代收银行缴纳罚没款，")
              .Append("或者通过“赣服通”江西省非税收入缴款平台在线缴纳。到期不缴纳罚款的，").Append(self).Append("将依据")
              .Append(c.PenaltyLaw("第七十二条第一款第(一)项", "第五十一条第(一)项"))
              .Append("的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。");
        }
        else sb.Append("本决定书自送达之日起生效。");
        if (o.Sanctions.Any(s => s.Kind.StartsWith("没收", StringComparison.Ordinal) && s.Amount is null))
            sb.Append("没收的物品由").Append(self).Append("依法处置。");
        sb.Append("\n\n");

        sb.Append("## 救济途径\n\n");
        var reconsideration = c.Decided >= new DateOnly(2024, 1, 1) ? plan.Body.ReconsiderationSince2024 : plan.Body.ReconsiderationBefore2024;
        sb.Append("当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向").Append(reconsideration)
          .Append("申请行政复议，也可以在六个月内依法向").Append(plan.Body.Court).Append("提起行政诉讼。")
          .Append("行政复议或者行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。")
          .Append(pays ? "当事人逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，" + self + "将依法申请人民法院强制执行。" : "")
          .Append("\n\n");

        sb.Append(plan.Body.Name).Append("  \n").Append(CaseContext.D(c.Decided)).Append('\n');
        return sb.ToString();
    }

    private static string Statement(CaseContext c, bool hearing)
    {
        var roll = c.Int(0, 9);
        if (roll < 5) return $"当事人在法定期限内未提出陈述、申辩{(hearing ? "，也未要求听证" : "")}。";
        var when = CaseContext.D(c.Noticed.AddDays(c.Int(1, 4)));
        if (hearing && roll == 9)
        {
            var held = c.Noticed.AddDays(c.Int(8, 12));
            if (held >= c.Decided) held = c.Decided.AddDays(-1);
            return $"当事人于{when}提出听证申请。本局于{CaseContext.D(held)}依法举行听证，"
                + "当事人及其委托代理人到场陈述了意见。听证中当事人未提出新的事实和证据，本局对拟作出的处罚予以维持。";
        }
        var plea = c.Pick(["其系初次违法，主观上无故意，且已积极整改", "经营困难，请求减轻处罚", "对违法事实无异议，请求从轻处罚", "涉案金额较小，未造成危害后果"]);
        return roll < 8
            ? $"当事人于{when}提出书面陈述申辩意见，称{plea}。本局经复核认为，当事人提出的情节已在裁量时予以考虑，其他理由缺乏事实和法律依据，不予采纳。"
            : $"当事人于{when}提出陈述申辩意见，称{plea}。本局经复核认为，当事人陈述的事实属实，予以部分采纳。";
    }

    private static DateOnly WorkingDaysAfter(DateOnly day, int count) => WorkingCalendar.WeekdaysOnly.AddWorkingDays(day, count);

    private static readonly (DecisionStatus Status, string Reason)[] Withdrawals =
    [
        (DecisionStatus.Revoked, "经行政复议决定撤销"),
        (DecisionStatus.Revoked, "经人民法院判决撤销"),
        (DecisionStatus.Revoked, "本机关发现认定事实不清，依法自行撤销"),
        (DecisionStatus.Amended, "经行政复议决定变更处罚内容，已重新作出处罚决定"),
        (DecisionStatus.Amended, "本机关依法变更罚款数额，已重新作出处罚决定"),
        (DecisionStatus.Void, "经人民法院判决确认无效"),
    ];

    /// <summary>
    /// One decision in twenty comes down early, cycling through the ways it can (so even a small tree has every
    /// status); one company in fifty earns an earlier end (信用修复). Chosen by index, not by chance, so every
    /// tree of 120 or more decisions holds each case.
    /// </summary>
    private static (DecisionStatus, Withdrawal?, DateOnly?) Lifecycle(Random rng, int index, PartyKind kind, DateOnly published, DateOnly anchor)
    {
        if (index % 20 == 10 && published.AddDays(20) < anchor)
        {
            var (status, reason) = Withdrawals[index / 20 % Withdrawals.Length];
            var latest = published.AddDays(400) < anchor ? published.AddDays(400) : anchor;
            var on = published.AddDays(10 + rng.Next(latest.DayNumber - published.DayNumber - 9));
            return (status, new Withdrawal(on, reason), null);
        }
        if (index % 50 == 25 && kind != PartyKind.NaturalPerson)
            return (DecisionStatus.InForce, null, published.AddDays(rng.Next(365, 3 * 365)));
        return (DecisionStatus.InForce, null, null);
    }
}

using Enforcement.Content;
using Enforcement.Statistics;

namespace Enforcement.Core.Tests.Statistics;

public sealed class AnnualFigureRulesTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);

    private static Decision D(string slug, string body, DateOnly decided, DateOnly published, string category, DecisionStatus status = DecisionStatus.InForce, params Penalty[] penalties) =>
        new($"decisions/{decided.Year}/{slug}.md", decided.Year, slug, slug, slug, body, new Party(PartyKind.Organization, "某公司", null, null),
            decided, published, category, "违法行为", "依据", penalties, status,
            status == DecisionStatus.InForce ? null : new Withdrawal(published.AddDays(30), "撤销"), null, [], "");

    private static InspectionTask T(string slug, string body, DateOnly date, DateOnly published, int drawn, params InspectionOutcome[] outcomes) =>
        new($"inspections/{date.Year}/{slug}.yml", date.Year, slug, slug, body, "计划", "事项", ["内容"], date, published, drawn, [],
            outcomes.Select(o => new InspectionResult("某单位", PartyKind.Organization, null, null, o, null, "", [])).ToList());

    private static PortalContent Content(IReadOnlyList<Decision> decisions, IReadOnlyList<InspectionTask> tasks) =>
        new(new SiteSettings("", "", "/api", new RetentionSettings(default, default), true, new SupervisionOffice("", "", "")), [], [], [], decisions, [])
        { Inspections = tasks };

    private static readonly PortalContent Sample = Content(
    [
        D("a", "amr", new(2025, 3, 1), new(2025, 3, 8), "食品安全", DecisionStatus.InForce, new Penalty("罚款", 50000), new Penalty("没收违法所得", 1200.5m), new Penalty("没收非法财物", null)),
        D("b", "amr", new(2025, 5, 1), new(2025, 5, 8), "价格", DecisionStatus.InForce, new Penalty("警告", null), new Penalty("罚款", 2000), new Penalty("罚款", 1000)),
        D("c", "amr", new(2025, 6, 1), new(2025, 6, 8), "食品安全", DecisionStatus.Revoked, new Penalty("罚款", 90000)),
        D("d", "commerce", new(2025, 7, 1), new(2025, 7, 8), "预付卡", DecisionStatus.InForce, new Penalty("罚款", 10000)),
        // Decided in 2025, published after the build day: not counted yet.
        D("e", "amr", new(2025, 12, 30), new(2026, 2, 1), "食品安全", DecisionStatus.InForce, new Penalty("罚款", 7777)),
        D("f", "amr", new(2026, 1, 5), new(2026, 1, 10), "广告", DecisionStatus.InForce, new Penalty("罚款", 3000)),
    ],
    [
        T("t1", "amr", new(2025, 4, 1), new(2025, 4, 20), 5, InspectionOutcome.NoProblem, InspectionOutcome.Corrected, InspectionOutcome.CaseFiled, InspectionOutcome.NoProblem),
        T("t2", "commerce", new(2025, 9, 1), new(2025, 9, 20), 2, InspectionOutcome.NoProblem),
    ]);

    [Fact]
    public void Figures_of_one_body_count_decisions_in_force_by_category_and_penalty_kind()
    {
        var f = AnnualFigureRules.For(Sample, 2025, "amr", Today);
        Assert.Equal(2, f.Decisions);
        Assert.Equal([new Tally("价格", 1), new Tally("食品安全", 1)], f.ByCategory);
        // Two fines in one decision count as one decision with 罚款.
        Assert.Equal(new Tally("罚款", 2), f.ByPenaltyKind[0]);
        Assert.Contains(new Tally("没收非法财物", 1), f.ByPenaltyKind);
        Assert.Equal(53000m, f.Fines);
        Assert.Equal(1200.5m, f.Confiscations);
        Assert.Equal(1, f.Withdrawn);
        Assert.True(f.Complete);
    }

    [Fact]
    public void Inspections_count_units_with_problems_and_cases_filed()
    {
        var f = AnnualFigureRules.For(Sample, 2025, "amr", Today);
        Assert.Equal((1, 5, 4, 2, 1), (f.InspectionTasks, f.UnitsDrawn, f.UnitsInspected, f.UnitsWithProblems, f.CasesFiled));
        Assert.Equal(0.5m, f.ProblemShare);
    }

    [Fact]
    public void All_bodies_add_up_and_the_running_year_is_marked_incomplete()
    {
        var all = AnnualFigureRules.For(Sample, 2025, null, Today);
        Assert.Equal(3, all.Decisions);
        Assert.Equal(63000m, all.Fines);
        Assert.Equal(5, all.UnitsInspected);
        Assert.False(AnnualFigureRules.For(Sample, 2026, null, Today).Complete);
        Assert.Equal([2026, 2025], AnnualFigureRules.Years(Sample, Today));
    }

    [Fact]
    public void A_year_without_inspections_has_no_share_rather_than_a_division_by_zero()
    {
        var f = AnnualFigureRules.For(Sample, 2026, "amr", Today);
        Assert.Equal((1, 0, 0m), (f.Decisions, f.UnitsInspected, f.ProblemShare));
    }
}

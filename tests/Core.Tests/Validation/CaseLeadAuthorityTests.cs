using Enforcement.Core.Tests.Loading;
using Enforcement.Validation;

namespace Enforcement.Core.Tests.Validation;

/// <summary>案件主办人分级 (seed 004): each decision against its lead's authority, reported at the caseLead line.</summary>
public sealed class CaseLeadAuthorityTests : IDisposable
{
    private readonly ContentTree _tree = new();

    public CaseLeadAuthorityTests()
    {
        // The decision fines 5,000 元: a 初级 lead may lead it, up to 5,000.
        _tree.Replace("officers/amr.yml", "  validUntil: 2028-12-31", "  validUntil: 2028-12-31\n  caseLead: 初级\n  caseLeadSince: 2024-01-01");
        _tree.Replace("decisions/2025/a.md", "status: in-force", "caseLead: \"36090012345\"\nstatus: in-force");
    }

    public void Dispose() => _tree.Dispose();

    private ContentError Error()
    {
        var result = _tree.Load();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("decisions/2025/a.md", "caseLead"), (error.File, error.Key));
        Assert.Equal(14, error.Line); // the caseLead line, counting the opening --- as line 1
        Assert.StartsWith("decisions/2025/a.md:14: caseLead: ", error.ToString());
        return error;
    }

    [Fact]
    public void A_lead_within_the_limit_of_the_level_passes() => Assert.True(_tree.Load().Succeeded);

    [Fact]
    public void A_case_above_the_junior_limit_is_refused()
    {
        _tree.Replace("decisions/2025/a.md", "amount: 5000", "amount: 5000.01");
        var message = Error().Message;
        Assert.Contains("5,000.01", message);
        Assert.Contains("初级", message);
        Assert.Contains("5,000", message);
    }

    [Fact]
    public void The_case_value_counts_where_given_instead_of_the_penalties()
    {
        _tree.Replace("decisions/2025/a.md", "amount: 5000", "amount: 50000");
        Error();
        _tree.Replace("decisions/2025/a.md", "caseLead:", "caseValue: 4800\ncaseLead:");
        var result = _tree.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void The_limits_come_from_site_settings()
    {
        _tree.Replace("site.yml", "supervision:", "caseLeadLimits:\n  初级: 3000\n  中级: 10000\nsupervision:");
        Assert.Contains("3,000", Error().Message);
        _tree.Replace("officers/amr.yml", "caseLead: 初级", "caseLead: 中级");
        Assert.True(_tree.Load().Succeeded);
    }

    [Fact]
    public void A_senior_lead_has_no_limit_unless_site_settings_give_one()
    {
        _tree.Replace("officers/amr.yml", "caseLead: 初级", "caseLead: 高级");
        _tree.Replace("decisions/2025/a.md", "amount: 5000", "amount: 5000000");
        Assert.True(_tree.Load().Succeeded);
    }

    [Fact]
    public void An_officer_without_a_level_may_not_lead()
    {
        _tree.Replace("decisions/2025/a.md", "caseLead: \"36090012345\"", "caseLead: \"36090012346\"");
        Assert.Contains("未取得案件主办人资格", Error().Message);
    }

    [Fact]
    public void The_level_must_be_held_on_the_day_of_the_decision()
    {
        _tree.Replace("officers/amr.yml", "caseLeadSince: 2024-01-01", "caseLeadSince: 2025-03-02");
        Assert.Contains("2025-03-02", Error().Message);
    }

    [Fact]
    public void The_lead_must_be_a_known_officer_of_the_deciding_body()
    {
        _tree.Replace("decisions/2025/a.md", "caseLead: \"36090012345\"", "caseLead: \"11111111111\"");
        Assert.Contains("11111111111", Error().Message);
        _tree.Replace("decisions/2025/a.md", "caseLead: \"11111111111\"", "caseLead: \"36090012345\"");
        _tree.Write("bodies/other.yml", File.ReadAllText(Path.Combine(_tree.Root, "bodies/amr.yml")).Replace("测试市市场监督管理局", "测试市商务局"));
        File.Move(Path.Combine(_tree.Root, "officers/amr.yml"), Path.Combine(_tree.Root, "officers/other.yml"));
        Assert.Contains("不属于", Error().Message);
    }
}

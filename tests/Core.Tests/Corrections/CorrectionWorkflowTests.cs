using Enforcement.Corrections;

namespace Enforcement.Core.Tests.Corrections;

public class CorrectionWorkflowTests
{
    [Theory]
    [InlineData(CorrectionStatus.Accepted, CorrectionStatus.Verifying)]
    [InlineData(CorrectionStatus.Verifying, CorrectionStatus.Corrected)]
    [InlineData(CorrectionStatus.Verifying, CorrectionStatus.Refused)]
    public void Staff_may_make_the_moves_of_the_workflow(CorrectionStatus from, CorrectionStatus to) =>
        Assert.Null(CorrectionWorkflow.RefuseStaffMove(from, to));

    [Theory]
    [InlineData(CorrectionStatus.Pending, CorrectionStatus.Accepted, "尚未确认")]
    [InlineData(CorrectionStatus.Lapsed, CorrectionStatus.Verifying, "已失效")]
    [InlineData(CorrectionStatus.Accepted, CorrectionStatus.Corrected, "只能变更为「核实中」")]
    [InlineData(CorrectionStatus.Verifying, CorrectionStatus.Accepted, "不能变更为「已受理」")]
    [InlineData(CorrectionStatus.Corrected, CorrectionStatus.Refused, "已办结")]
    [InlineData(CorrectionStatus.Refused, CorrectionStatus.Corrected, "已办结")]
    public void Other_moves_are_refused_with_a_reason(CorrectionStatus from, CorrectionStatus to, string expected) =>
        Assert.Contains(expected, CorrectionWorkflow.RefuseStaffMove(from, to));

    [Fact]
    public void An_unconfirmed_request_lapses_after_its_window()
    {
        var submitted = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(CorrectionStatus.Pending, CorrectionWorkflow.Effective(CorrectionStatus.Pending, submitted, submitted.AddDays(7).AddSeconds(-1), 7));
        Assert.Equal(CorrectionStatus.Lapsed, CorrectionWorkflow.Effective(CorrectionStatus.Pending, submitted, submitted.AddDays(7), 7));
        Assert.Equal(CorrectionStatus.Accepted, CorrectionWorkflow.Effective(CorrectionStatus.Accepted, submitted, submitted.AddDays(30), 7));
    }

    [Fact]
    public void Only_open_requests_past_their_deadline_are_overdue()
    {
        var deadline = new DateOnly(2026, 3, 9);
        Assert.False(CorrectionWorkflow.IsOverdue(CorrectionStatus.Verifying, deadline, deadline));
        Assert.True(CorrectionWorkflow.IsOverdue(CorrectionStatus.Verifying, deadline, deadline.AddDays(1)));
        Assert.True(CorrectionWorkflow.IsOverdue(CorrectionStatus.Accepted, deadline, deadline.AddDays(1)));
        Assert.False(CorrectionWorkflow.IsOverdue(CorrectionStatus.Corrected, deadline, deadline.AddDays(1)));
        Assert.False(CorrectionWorkflow.IsOverdue(CorrectionStatus.Pending, null, deadline.AddDays(1)));
    }

    [Fact]
    public void Statuses_read_from_their_code_or_label()
    {
        foreach (var status in Enum.GetValues<CorrectionStatus>())
        {
            Assert.True(CorrectionStatuses.TryParse(status.Code(), out var byCode));
            Assert.Equal(status, byCode);
            Assert.True(CorrectionStatuses.TryParse(status.Label(), out var byLabel));
            Assert.Equal(status, byLabel);
        }
        Assert.False(CorrectionStatuses.TryParse("done", out _));
    }
}

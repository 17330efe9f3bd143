using Enforcement.Content;
using Enforcement.Core.Tests.Redaction;
using Enforcement.Publicity;

namespace Enforcement.Core.Tests.Publicity;

/// <summary>公示期限 at its boundaries: the day before, the day of, leap days, month ends, withdrawals, the future.</summary>
public class PublicityRulesTests
{
    private static readonly RetentionSettings Retention = Samples.Site().Retention; // 5y, natural persons 2y

    private static DateOnly D(string s) => DateOnly.Parse(s);

    private static PublicityState On(Decision d, string day, RetentionSettings? retention = null) =>
        PublicityRules.StateOn(d, retention ?? Retention, D(day));

    [Theory]
    [InlineData("2025-03-08", "2030-03-07", "2030-03-08")]   // an organisation: 5 years
    [InlineData("2024-02-29", "2029-02-27", "2029-02-28")]   // leap day, the anniversary does not exist
    [InlineData("2023-12-31", "2028-12-30", "2028-12-31")]
    public void An_organisation_is_public_for_five_years_and_down_on_the_anniversary(string published, string lastDay, string downDay)
    {
        var d = Samples.Organisation().Published(published);
        Assert.Equal(PublicityState.Public, On(d, lastDay));
        Assert.Equal(PublicityState.Ended, On(d, downDay));
        Assert.Equal(D(downDay), PublicityRules.EndOf(d, Retention));
        Assert.Equal(new PublicityEnd(D(downDay), EndReason.Retention), PublicityRules.EndWithReason(d, Retention));
    }

    [Theory]
    [InlineData("2025-03-08", "2027-03-07", "2027-03-08")]   // a natural person: 2 years
    [InlineData("2024-02-29", "2026-02-27", "2026-02-28")]   // leap day + 2y: down on 28 February
    [InlineData("2025-12-31", "2027-12-30", "2027-12-31")]
    public void A_natural_person_is_public_for_two_years(string published, string lastDay, string downDay)
    {
        var d = Samples.Person().Published(published);
        Assert.Equal(PublicityState.Public, On(d, lastDay));
        Assert.Equal(PublicityState.Ended, On(d, downDay));
    }

    [Fact]
    public void A_leap_day_with_four_years_ends_on_the_next_leap_day()
    {
        var site = Samples.Site(retentionDefault: "4y").Retention;
        Assert.Equal(D("2028-02-29"), PublicityRules.EndOf(Samples.Organisation().Published("2024-02-29"), site));
    }

    [Theory]
    [InlineData("3m", "2025-11-30", "2026-02-28")]   // no 30 February: the month's last day
    [InlineData("6m", "2025-08-31", "2026-02-28")]
    [InlineData("6m", "2023-08-31", "2024-02-29")]   // leap year
    [InlineData("1m", "2025-01-31", "2025-02-28")]
    [InlineData("1m", "2025-02-28", "2025-03-28")]   // not the month's end: same day next month
    [InlineData("30d", "2025-03-08", "2025-04-07")]  // 30 days counting the first: 8 March … 6 April
    [InlineData("1d", "2025-12-31", "2026-01-01")]
    public void Months_and_days_at_month_ends(string period, string published, string downDay)
    {
        var site = Samples.Site(retentionDefault: period).Retention;
        var d = Samples.Organisation().Published(published);
        Assert.Equal(D(downDay), PublicityRules.EndOf(d, site));
        Assert.Equal(PublicityState.Public, On(d, D(downDay).AddDays(-1).ToString("yyyy-MM-dd"), site));
        Assert.Equal(PublicityState.Ended, On(d, downDay, site));
    }

    [Fact]
    public void A_future_publication_date_means_not_yet()
    {
        var d = Samples.Organisation().Published("2025-07-01");
        Assert.Equal(PublicityState.NotYet, On(d, "2025-06-30"));
        Assert.Equal(PublicityState.Public, On(d, "2025-07-01"));
        Assert.False(PublicityRules.IsPublic(d, Retention, D("2025-06-30")));
        Assert.True(PublicityRules.IsPublic(d, Retention, D("2025-07-01")));
    }

    [Theory]
    [InlineData(DecisionStatus.Revoked)]
    [InlineData(DecisionStatus.Amended)]
    [InlineData(DecisionStatus.Void)]
    public void A_decision_withdrawn_before_expiry_leaves_a_notice_until_its_period_would_have_ended(DecisionStatus status)
    {
        var d = Samples.Organisation().Published("2025-03-08") with { Status = status, Withdrawn = new Withdrawal(D("2025-06-01"), "经行政复议决定撤销") };
        Assert.Equal(PublicityState.Public, On(d, "2025-05-31"));
        Assert.Equal(PublicityState.Withdrawn, On(d, "2025-06-01"));
        Assert.Equal(PublicityState.Withdrawn, On(d, "2030-03-07"));
        Assert.Equal(PublicityState.Ended, On(d, "2030-03-08"));
        Assert.Equal(new PublicityEnd(D("2025-06-01"), EndReason.Withdrawn), PublicityRules.EndWithReason(d, Retention));
        Assert.Equal(D("2030-03-08"), PublicityRules.GoneFrom(d, Retention));
    }

    [Fact]
    public void A_withdrawal_date_is_ignored_while_the_decision_is_in_force()
    {
        var d = Samples.Organisation().Published("2025-03-08") with { Withdrawn = new Withdrawal(D("2025-06-01"), "x") };
        Assert.Equal(PublicityState.Public, On(d, "2025-06-01"));
    }

    [Fact]
    public void A_withdrawal_after_the_period_ended_changes_nothing()
    {
        var d = Samples.Person().Published("2023-01-10") with { Status = DecisionStatus.Revoked, Withdrawn = new Withdrawal(D("2025-05-01"), "撤销") };
        Assert.Equal(PublicityState.Ended, On(d, "2025-01-10"));
        Assert.Equal(PublicityState.Ended, On(d, "2025-06-01"));
        Assert.Equal(EndReason.Retention, PublicityRules.EndWithReason(d, Retention).Reason);
    }

    [Fact]
    public void A_decision_withdrawn_before_publication_is_never_shown()
    {
        var d = Samples.Organisation().Published("2025-07-01") with { Status = DecisionStatus.Void, Withdrawn = new Withdrawal(D("2025-06-15"), "无效") };
        Assert.Equal(PublicityState.NotYet, On(d, "2025-06-20"));
        Assert.Equal(PublicityState.Ended, On(d, "2025-07-01"));
        Assert.Equal(D("2025-07-01"), PublicityRules.GoneFrom(d, Retention));
    }

    [Fact]
    public void A_decision_not_in_force_without_a_withdrawal_record_is_not_shown()
    {
        var d = Samples.Organisation().Published("2025-03-08") with { Status = DecisionStatus.Revoked };
        Assert.Equal(PublicityState.Ended, On(d, "2025-03-08"));
    }

    [Fact]
    public void An_earlier_expiry_ends_publicity_on_that_day()
    {
        var d = Samples.Organisation().Published("2025-03-08") with { Expires = D("2026-09-08") };
        Assert.Equal(PublicityState.Public, On(d, "2026-09-07"));
        Assert.Equal(PublicityState.Ended, On(d, "2026-09-08"));
        Assert.Equal(new PublicityEnd(D("2026-09-08"), EndReason.Expires), PublicityRules.EndWithReason(d, Retention));
        Assert.Equal("提前届满", PublicityRules.EndWithReason(d, Retention).Label);
    }

    [Fact]
    public void A_later_expiry_does_not_extend_the_period()
    {
        var d = Samples.Person().Published("2025-03-08") with { Expires = D("2029-01-01") };
        Assert.Equal(new PublicityEnd(D("2027-03-08"), EndReason.Retention), PublicityRules.EndWithReason(d, Retention));
        Assert.Equal("期满", PublicityRules.EndWithReason(d, Retention).Label);
    }

    [Fact]
    public void An_expiry_before_publication_means_never_shown()
    {
        var d = Samples.Organisation().Published("2025-03-08") with { Expires = D("2025-03-01") };
        Assert.Equal(PublicityState.NotYet, On(d, "2025-03-07"));
        Assert.Equal(PublicityState.Ended, On(d, "2025-03-08"));
    }

    [Fact]
    public void An_expiry_before_a_withdrawal_ends_the_notice_too()
    {
        var d = Samples.Organisation().Published("2025-03-08") with
        {
            Expires = D("2025-09-01"),
            Status = DecisionStatus.Revoked,
            Withdrawn = new Withdrawal(D("2025-06-01"), "撤销"),
        };
        Assert.Equal(PublicityState.Withdrawn, On(d, "2025-08-31"));
        Assert.Equal(PublicityState.Ended, On(d, "2025-09-01"));
    }

    [Fact]
    public void The_redacted_decision_carries_the_state_and_end()
    {
        var pd = Enforcement.Redaction.Redactor.Redact(Samples.Person().Published("2025-03-08"), Samples.Site(), D("2027-03-07")).Decision;
        Assert.Equal(PublicityState.Public, pd.State);
        Assert.Equal(D("2027-03-08"), pd.PublicUntil);
    }
}

using Enforcement.Api.Retention;

namespace Enforcement.Api.Tests.Retention;

public class RetentionRulesTests
{
    private static readonly RetentionOptions Defaults = new();
    private static readonly DateTimeOffset Received = new(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_raters_data_is_due_180_days_after_receipt()
    {
        var due = RetentionRules.RaterDataDue(Received, null, Defaults);
        Assert.Equal(Received.AddDays(180), due);
        Assert.False(RetentionRules.IsDue(due, due.AddTicks(-1)));
        Assert.True(RetentionRules.IsDue(due, due));
    }

    [Fact]
    public void A_later_follow_up_starts_the_period_again_and_an_earlier_one_does_not_shorten_it()
    {
        Assert.Equal(Received.AddDays(280), RetentionRules.RaterDataDue(Received, Received.AddDays(100), Defaults));
        Assert.Equal(Received.AddDays(180), RetentionRules.RaterDataDue(Received, Received.AddDays(-1), Defaults));
    }

    [Fact]
    public void A_requesters_data_is_due_a_year_after_closing_and_never_while_open()
    {
        Assert.Equal(Received.AddDays(365), RetentionRules.RequesterDataDue(Received, Defaults));
        Assert.Null(RetentionRules.RequesterDataDue(null, Defaults));
        Assert.False(RetentionRules.IsDue(null, DateTimeOffset.MaxValue));
    }

    [Fact]
    public void The_periods_follow_the_options()
    {
        var options = new RetentionOptions { RaterDays = 30, RequesterDays = 90 };
        Assert.Equal(Received.AddDays(30), RetentionRules.RaterDataDue(Received, null, options));
        Assert.Equal(Received.AddDays(90), RetentionRules.RequesterDataDue(Received, options));
    }

    [Fact]
    public void The_privacy_page_states_the_default_periods()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Enforcement.sln"))) dir = dir.Parent;
        var privacy = File.ReadAllText(Path.Combine(dir.FullName, "content", "pages", "privacy.md"));
        Assert.Contains($"{Defaults.RaterDays} 天", privacy);
        Assert.Contains("一年", privacy);
        Assert.Equal(365, Defaults.RequesterDays);
    }
}

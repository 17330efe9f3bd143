using Enforcement.Content;
using Enforcement.Loading;
using Enforcement.Publicity;
using Enforcement.Sample.Tests;

namespace Enforcement.Site.Tests.Sample;

/// <summary>The sample content the portal ships with (content/ at the repository root).</summary>
public class ShippedContentTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly Lazy<LoadResult> Loaded = new(() => ContentLoader.Load(ContentDir()));

    private static PortalContent Content => Loaded.Value.Content ?? throw new InvalidOperationException(string.Join("\n", Loaded.Value.Errors));

    /// <summary>content/ next to Enforcement.sln, found by walking up from the test's output folder.</summary>
    private static string ContentDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln")))
                return Path.Combine(dir.FullName, "content");
        throw new DirectoryNotFoundException("Enforcement.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void It_loads_without_a_single_content_error() =>
        Assert.True(Loaded.Value.Succeeded, string.Join("\n", Loaded.Value.Errors));

    [Fact]
    public void The_first_decisions_agent_phone_is_masked_as_a_phone_and_the_paragraph_after_it_stays()
    {
        // Issue 9: "+86 137 6795 2081" at a line end, then a paragraph opening "2025年1月7日", was read as an ID with the year.
        var d = Assert.Single(Content.Decisions, d => d.Slug == "amr-2025-012");
        var text = Enforcement.Redaction.Redactor.Redact(d, Content.Site, Today, Enforcement.Redaction.PublicData.From(Content)).Decision.Text;
        Assert.Contains("- **委托代理人**：谢某某，系当事人员工，联系电话：【电话已隐去】\n\n2025年1月7日，本局执法人员张静（执法证号：36090012389）", text);
    }

    [Fact]
    public void It_has_the_three_kinds_of_agency()
    {
        Assert.True(Content.Bodies.Count >= 3);
        foreach (var (slug, suffix) in new[] { ("yichun-amr", "市场监督管理局"), ("yichun-commerce", "商务局"), ("yichun-miit", "工业和信息化局") })
        {
            var body = Assert.Single(Content.Bodies, b => b.Slug == slug);
            Assert.EndsWith(suffix, body.Name);
            Assert.InRange(body.Powers.Count, 6, 12);
            Assert.True(body.Powers.Select(p => p.Category).Distinct().Count() >= 2, $"{slug}: powers across categories");
            Assert.All(body.Powers, p => Assert.StartsWith("《", p.Basis));
            Assert.NotEmpty(body.RandomInspections);
            Assert.NotEmpty(body.Processes);
            Assert.NotNull(body.Notify);
            Assert.True(IndependentChecks.IsUscc(body.CreditCode), body.CreditCode);
        }
    }

    [Fact]
    public void It_has_thirty_officers_or_more_some_suspended_some_revoked()
    {
        Assert.True(Content.Officers.Count >= 30);
        Assert.Contains(Content.Officers, o => o.Status == OfficerStatus.Suspended);
        Assert.Contains(Content.Officers, o => o.Status == OfficerStatus.Revoked);
        Assert.Contains(Content.Officers, o => o.ValidUntil is { } until && until < Today);
        Assert.Contains(Content.Officers, o => o.ValidUntil is { } until && until >= Today);
        Assert.All(Content.Officers, o => Assert.Matches("^[0-9]{11}$", o.Certificate));
        Assert.All(Content.Bodies, b => Assert.Contains(Content.Officers, o => o.BodySlug == b.Slug));
    }

    [Fact]
    public void The_two_required_process_charts_have_their_branches_and_loops()
    {
        var five = Assert.Single(Content.Processes, p => p.Slug == "five-separation");
        var order = new[] { "立案", "调查", "核审", "审批", "执行" };
        var labels = five.Steps.Select(s => s.Label).ToList();
        var positions = order.Select(word => labels.FindIndex(l => l.StartsWith(word, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);

        var general = Assert.Single(Content.Processes, p => p.Slug == "general-penalty");
        var filing = Assert.Single(general.Steps, s => s.Label == "立案审查");
        Assert.Equal(StepKind.Decision, filing.Kind);
        Assert.Contains(filing.Next, t => t.Label == "予以立案");
        Assert.Contains(filing.Next, t => t.Label == "不予立案");
        var investigate = general.Steps.First(s => s.Label.StartsWith("调查取证", StringComparison.Ordinal));
        var index = general.Steps.ToList().IndexOf(investigate);
        // a loop back: a later step leads back to 调查取证 when new facts come up
        Assert.Contains(general.Steps.Skip(index + 1), s => s.Next.Any(t => t.To == investigate.Id));
        foreach (var word in new[] { "告知", "法制审核", "集体讨论", "决定", "送达", "执行", "结案" })
            Assert.Contains(general.Steps, s => s.Label.Contains(word, StringComparison.Ordinal));
        Assert.Contains(general.Steps, s => s.TimeLimit is not null);
        Assert.Contains(general.Steps, s => s.Basis is not null);
    }

    [Fact]
    public void It_has_forty_decisions_or_more_from_2021_to_2026_across_party_kinds_and_statuses()
    {
        var decisions = Content.Decisions;
        Assert.True(decisions.Count >= 40);
        Assert.Equal(Enumerable.Range(2021, 6), decisions.Select(d => d.Decided.Year).Distinct().Order());
        foreach (var kind in Enum.GetValues<PartyKind>()) Assert.Contains(decisions, d => d.Party.Kind == kind);
        Assert.Contains(decisions, d => d.Status == DecisionStatus.Revoked);
        Assert.Contains(decisions, d => d.Expires is not null);
        Assert.All(Content.Bodies, b => Assert.Contains(decisions, d => d.BodySlug == b.Slug));
        Assert.All(decisions, d => Assert.InRange(d.Text.Length, 300, 2000));
    }

    [Fact]
    public void On_the_reference_day_some_decisions_are_public_some_ended_some_withdrawn()
    {
        var states = Content.Decisions.ToLookup(d => PublicityRules.StateOn(d, Content.Site.Retention, Today));
        Assert.True(states[PublicityState.Public].Count() >= 20);
        Assert.Contains(states[PublicityState.Ended], d => d.Party.Kind == PartyKind.NaturalPerson);
        Assert.Contains(states[PublicityState.Ended], d => d.Party.Kind == PartyKind.Organization);
        Assert.Contains(states[PublicityState.Public], d => d.Party.Kind == PartyKind.NaturalPerson);
        Assert.NotEmpty(states[PublicityState.Withdrawn]);
        // something comes down within the next 30 days, for the `expiring` command to list
        Assert.Contains(states[PublicityState.Public], d => PublicityRules.EndOf(d, Content.Site.Retention) <= Today.AddDays(30));
    }

    [Fact]
    public void Personal_data_is_real_enough_for_redaction_to_be_tested()
    {
        var people = Content.Decisions.Where(d => d.Party.Kind == PartyKind.NaturalPerson).ToList();
        Assert.All(people, d =>
        {
            Assert.True(IndependentChecks.IsId18(d.Party.Code ?? "") || IndependentChecks.IsId15(d.Party.Code ?? ""), $"{d.SourcePath}: {d.Party.Code}");
            Assert.Contains(d.Party.Name, d.Title);
            Assert.Contains(d.Party.Name, d.Text);
            Assert.Contains("住址", d.Text);
            Assert.NotEmpty(d.Redact);
        });
        Assert.Contains(people, d => d.Party.Code!.EndsWith('X'));
        Assert.Contains(people, d => d.Party.Code!.Length == 15);
        Assert.All(Content.Decisions.Where(d => d.Party.Kind != PartyKind.NaturalPerson),
            d => Assert.True(IndependentChecks.IsUscc(d.Party.Code ?? ""), $"{d.SourcePath}: {d.Party.Code}"));
        Assert.All(Content.Decisions, d => Assert.All(d.Redact, r => Assert.Contains(r, d.Text)));
        var allText = string.Join("\n", Content.Decisions.Select(d => d.Text));
        Assert.Contains("+86", allText);
        Assert.Contains("借记卡", allText);
        Assert.Matches("@(163|126|qq)\\.com", allText);
        Assert.Matches("[０-９]{18}|[０-９]{17}Ｘ", allText);
    }

    [Fact]
    public void No_private_name_or_address_appears_where_the_portal_shows_things_as_they_are()
    {
        var publicText = string.Join("\n", Content.Officers.Select(o => o.Name)
            .Concat(Content.Bodies.Select(b => $"{b.Name} {b.Address}"))
            .Concat(Content.Decisions.Where(d => d.Party.Kind != PartyKind.NaturalPerson).Select(d => $"{d.Party.Name} {d.Party.Representative}"))
            .Concat(Content.Pages.Select(p => p.Markdown)));
        var secrets = Content.Decisions.SelectMany(d => d.Redact)
            .Concat(Content.Decisions.Where(d => d.Party.Kind == PartyKind.NaturalPerson).Select(d => d.Party.Name));
        Assert.All(secrets, s => Assert.DoesNotContain(s, publicText));
    }
}

using Enforcement.Content;
using Enforcement.Site.Charts;

namespace Enforcement.Site.Tests.Charts;

public sealed class ProcessChartTests(TestSite site) : IClassFixture<TestSite>
{
    [Theory]
    [InlineData("general-penalty", 9)]
    [InlineData("five-separation", 5)]
    public void Process_page_has_an_accessible_svg_chart_with_one_node_per_step(string slug, int steps)
    {
        var doc = site.Page($"/processes/{slug}/");
        var svg = doc.QuerySelector("main svg");
        Assert.NotNull(svg);
        Assert.Equal("img", svg!.GetAttribute("role"));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("title")?.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(svg.QuerySelector("desc")?.TextContent));
        Assert.Equal(steps, svg.QuerySelectorAll("g.chart-node").Length);
        // The same steps again as an ordered text list.
        Assert.Equal(steps, doc.QuerySelectorAll("ol.steps > li").Length);
    }

    [Fact]
    public void Decisions_are_diamonds_start_and_end_rounded_and_branches_labelled()
    {
        var svg = site.Page("/processes/general-penalty/").QuerySelector("main svg")!;
        Assert.NotNull(svg.QuerySelector("g.chart-node--decision[data-step=filing] polygon"));
        Assert.NotNull(svg.QuerySelector("g.chart-node--start[data-step=clue] rect[rx]"));
        Assert.NotNull(svg.QuerySelector("g.chart-node--end[data-step=end] rect[rx]"));
        var labels = svg.QuerySelectorAll("g.chart-label text").Select(t => t.TextContent).ToList();
        Assert.Contains("予以立案", labels);
        Assert.Contains("不予立案", labels);
        Assert.Contains("补充调查", labels);
        Assert.NotNull(svg.QuerySelector("polyline.chart-edge--back[data-from=review][data-to=investigate]"));
    }

    [Fact]
    public void Step_list_gives_time_limits_basis_and_where_each_step_leads()
    {
        var doc = site.Page("/processes/general-penalty/");
        var filing = Html.TextOf(doc.GetElementById("step-filing"));
        Assert.Contains("办理时限：15 个工作日", filing);
        Assert.Contains("依据：第十八条", filing);
        Assert.Contains("予以立案：转入第 3 步 调查取证", filing);
        Assert.Contains("返回前序环节", Html.TextOf(doc.GetElementById("step-review")));
    }

    [Fact]
    public void The_chart_is_one_image_with_nothing_inside_to_tab_to_and_the_list_holds_every_steps_target()
    {
        // role=img makes the chart one thing to a screen reader (its title and the description of every step); a link
        // or a tab stop inside it would be reached by Tab yet absent from the accessibility tree. The step list below is
        // where each step is a target.
        var doc = site.Page("/processes/general-penalty/");
        var svg = doc.QuerySelector("main svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Empty(svg.QuerySelectorAll("a, [tabindex], [href], [focusable=true]"));
        foreach (var node in svg.QuerySelectorAll("g.chart-node"))
            Assert.NotNull(doc.QuerySelector($"ol.steps > li#step-{node.GetAttribute("data-step")}"));
    }

    [Fact]
    public void The_hint_to_scroll_the_chart_is_left_off_paper()
    {
        var caption = site.Page("/processes/general-penalty/").QuerySelector(".process__chart figcaption")!;
        Assert.Contains("滑动", caption.QuerySelector(".no-print")?.TextContent);
        Assert.Contains("文字版见", caption.TextContent);
    }

    private static ProcessChart Chart(params ProcessStep[] steps) => new("t", "测试", "", steps);

    private static ProcessStep Step(string id, StepKind kind, params string[] next) =>
        new(id, $"步骤{id}", kind, null, null, next.Select(n => new ProcessTransition(n, null)).ToList());

    [Fact]
    public void Layout_flows_top_to_bottom_and_every_edge_is_made_of_straight_runs()
    {
        var layout = ProcessChartLayout.Compute(Chart(
            Step("a", StepKind.Start, "b"), Step("b", StepKind.Decision, "c", "d"), Step("c", StepKind.Step, "e"),
            Step("d", StepKind.Step, "b", "e"), Step("e", StepKind.End)));
        var node = layout.Nodes.ToDictionary(n => n.Id);
        Assert.True(node["a"].Bottom <= node["b"].Y);
        Assert.True(node["b"].Bottom <= node["c"].Y);
        Assert.True(node["c"].Bottom <= node["e"].Y);
        foreach (var edge in layout.Edges)
            for (var i = 1; i < edge.Points.Count; i++)
                Assert.True(edge.Points[i].X == edge.Points[i - 1].X || edge.Points[i].Y == edge.Points[i - 1].Y);
        Assert.Single(layout.Edges, e => e.LoopsBack);
        Assert.All(layout.Nodes, n => Assert.True(n.X >= 0 && n.Y >= 0 && n.Right <= layout.Width && n.Bottom <= layout.Height));
    }

    [Fact]
    public void Layout_is_the_same_every_time()
    {
        var chart = Chart(Step("a", StepKind.Start, "b", "c"), Step("b", StepKind.Step, "d"), Step("c", StepKind.Step, "d", "a"), Step("d", StepKind.End));
        var first = ProcessChartLayout.Compute(chart);
        var second = ProcessChartLayout.Compute(chart);
        Assert.Equal(first.Nodes.Select(n => (n.Id, n.X, n.Y, n.Width, n.Height)), second.Nodes.Select(n => (n.Id, n.X, n.Y, n.Width, n.Height)));
        Assert.Equal(first.Edges.SelectMany(e => e.Points), second.Edges.SelectMany(e => e.Points));
    }

    [Theory]
    [InlineData("立案审查", new[] { "立案审查" })]
    [InlineData("告知拟处罚内容及陈述、申辩、听证权利", new[] { "告知拟处罚内容及陈述、", "申辩、听证权利" })]
    [InlineData("调查取证(执法人员不少于两人，出示执法证件)", new[] { "调查取证", "(执法人员不少于两人，", "出示执法证件)" })]
    [InlineData("执行(罚款 15 日内缴纳；逾期每日加处 3%)", new[] { "执行(罚款 15 日内缴", "纳；逾期每日加处 3%)" })]
    public void Long_labels_break_at_pauses_and_never_start_a_line_with_closing_punctuation(string label, string[] lines) =>
        Assert.Equal(lines, ProcessChartLayout.Wrap(label));

    [Fact]
    public void Loops_back_leave_the_other_steps_of_their_rows_uncrossed()
    {
        // c and d share a row; both loop back to b, whose row also holds e.
        var layout = ProcessChartLayout.Compute(Chart(
            Step("a", StepKind.Start, "b", "e"), Step("b", StepKind.Decision, "c", "d"), Step("e", StepKind.Step, "f"),
            Step("c", StepKind.Step, "b", "f"), Step("d", StepKind.Step, "b", "f"), Step("f", StepKind.End)));
        foreach (var edge in layout.Edges.Where(e => e.LoopsBack))
            for (var i = 1; i < edge.Points.Count; i++)
            {
                var (p, q) = (edge.Points[i - 1], edge.Points[i]);
                foreach (var node in layout.Nodes.Where(n => n.Id != edge.From && n.Id != edge.To))
                {
                    var crosses = Math.Max(p.X, q.X) > node.X && Math.Min(p.X, q.X) < node.Right
                        && Math.Max(p.Y, q.Y) > node.Y && Math.Min(p.Y, q.Y) < node.Bottom;
                    Assert.False(crosses, $"{edge.From}->{edge.To} crosses {node.Id}");
                }
            }
    }

    [Fact]
    public void A_step_that_leads_to_itself_is_drawn_as_a_loop()
    {
        var layout = ProcessChartLayout.Compute(Chart(Step("a", StepKind.Start, "b"), Step("b", StepKind.Step, "b", "c"), Step("c", StepKind.End)));
        Assert.Contains(layout.Edges, e => e.From == "b" && e.To == "b" && e.LoopsBack);
    }
}

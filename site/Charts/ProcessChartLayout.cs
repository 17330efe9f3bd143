using Enforcement.Content;
using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace Enforcement.Site.Charts;

/// <summary>
/// Lays a process chart out top to bottom with GraphShape's Sugiyama algorithm. Forward transitions follow
/// the algorithm's orthogonal routes; transitions back to an earlier step run up a lane on the right, so
/// loops read as loops.
/// </summary>
internal static class ProcessChartLayout
{
    private const double FontSize = 14, LabelFontSize = 12, NodeHeight = 40, DecisionHeight = 64;
    private const double LayerGap = 64, SliceGap = 36, Margin = 16, LaneGap = 14;

    private sealed class Edge(string source, string target, string? label, int order) : IEdge<string>
    {
        public string Source => source;
        public string Target => target;
        public string? Label => label;
        public int Order => order;
    }

    public static ChartLayout Compute(ProcessChart chart)
    {
        var graph = new BidirectionalGraph<string, Edge>(allowParallelEdges: true);
        foreach (var step in chart.Steps) graph.AddVertex(step.Id);
        var edges = new List<Edge>();
        foreach (var step in chart.Steps)
            foreach (var next in step.Next)
            {
                var edge = new Edge(step.Id, next.To, next.Label, edges.Count);
                edges.Add(edge);
                if (next.To != step.Id) graph.AddEdge(edge);
            }

        var sizes = chart.Steps.ToDictionary(s => s.Id, s => SizeOf(s));
        var parameters = new SugiyamaLayoutParameters
        {
            Direction = LayoutDirection.TopToBottom,
            LayerGap = LayerGap,
            SliceGap = SliceGap,
            EdgeRouting = SugiyamaEdgeRouting.Orthogonal,
            // Mode 0 keeps the main line of the flow on one vertical axis.
            PositionMode = 0,
        };
        var algorithm = new SugiyamaLayoutAlgorithm<string, Edge, BidirectionalGraph<string, Edge>>(graph, sizes, parameters);
        algorithm.Compute();

        var nodes = chart.Steps.ToDictionary(s => s.Id, s =>
        {
            var center = algorithm.VerticesPositions[s.Id];
            var size = sizes[s.Id];
            return new ChartNode(s.Id, s.Label, s.Kind, center.X - size.Width / 2, center.Y - size.Height / 2, size.Width, size.Height);
        });

        var laid = new List<ChartEdge>();
        var lanes = 0;
        foreach (var edge in edges)
        {
            var from = nodes[edge.Source];
            var to = nodes[edge.Target];
            if (from == to) laid.Add(SelfLoop(edge, from));
            else if (to.CenterY <= from.CenterY) laid.Add(LoopBack(edge, from, to, nodes.Values, lanes++));
            else laid.Add(Forward(edge, from, to, algorithm.EdgeRoutes.TryGetValue(edge, out var route) ? route : null));
        }

        return Shift(chart.Steps.Select(s => nodes[s.Id]).ToList(), laid);
    }

    /// <summary>Width of a line of text: CJK characters are about one em, others about half.</summary>
    internal static double TextWidth(string text, double fontSize) =>
        text.Sum(c => c < 0x2E80 ? 0.55 : 1.0) * fontSize;

    private static Size SizeOf(ProcessStep step)
    {
        var text = TextWidth(step.Label, FontSize);
        return step.Kind == StepKind.Decision
            ? new Size(Math.Max(120, text * 1.5 + 32), DecisionHeight)
            : new Size(Math.Max(96, text + 32), NodeHeight);
    }

    private static ChartEdge Forward(Edge edge, ChartNode from, ChartNode to, Point[]? route)
    {
        var points = new List<ChartPoint> { new(from.CenterX, from.Bottom) };
        var middle = (route ?? []).Select(p => new ChartPoint(p.X, p.Y))
            .Where(p => p.Y > from.Bottom && p.Y < to.Y).ToList();
        if (middle.Count == 0)
        {
            var y = (from.Bottom + to.Y) / 2;
            middle = [new(from.CenterX, y), new(to.CenterX, y)];
        }
        foreach (var p in middle) AddOrthogonal(points, p);
        AddOrthogonal(points, new ChartPoint(to.CenterX, to.Y));
        var polyline = Simplify(points);
        return new ChartEdge(edge.Source, edge.Target, edge.Label, polyline, ForwardLabel(edge.Label, polyline), false);
    }

    // Keeps every segment horizontal or vertical: a diagonal step becomes down-across-down.
    private static void AddOrthogonal(List<ChartPoint> points, ChartPoint next)
    {
        var last = points[^1];
        if (last.X != next.X && last.Y != next.Y) points.Add(new ChartPoint(last.X, next.Y));
        points.Add(next);
    }

    private static List<ChartPoint> Simplify(List<ChartPoint> points)
    {
        var result = new List<ChartPoint>();
        foreach (var p in points)
        {
            if (result.Count > 0 && result[^1] == p) continue;
            // Drop a middle point that lies on a straight line with its neighbours.
            if (result.Count >= 2 && ((result[^2].X == result[^1].X && result[^1].X == p.X) || (result[^2].Y == result[^1].Y && result[^1].Y == p.Y)))
                result[^1] = p;
            else result.Add(p);
        }
        return result;
    }

    // On the first horizontal run if the edge has one (a branch leaving a decision), else just above the target.
    private static ChartLabel? ForwardLabel(string? text, IReadOnlyList<ChartPoint> points)
    {
        if (string.IsNullOrEmpty(text)) return null;
        for (var i = 1; i < points.Count; i++)
            if (points[i].Y == points[i - 1].Y && points[i].X != points[i - 1].X)
                return Centered(text, (points[i].X + points[i - 1].X) / 2, points[i].Y);
        var end = points[^1];
        return Beside(text, end.X + 6, end.Y - LabelFontSize);
    }

    private static ChartEdge LoopBack(Edge edge, ChartNode from, ChartNode to, IEnumerable<ChartNode> all, int lane)
    {
        var top = Math.Min(from.Y, to.Y);
        var bottom = Math.Max(from.Bottom, to.Bottom);
        var right = all.Where(n => n.Bottom >= top && n.Y <= bottom).Max(n => n.Right);
        var x = right + 24 + lane * LaneGap;
        ChartPoint[] points =
        [
            new(from.Right, from.CenterY),
            new(x, from.CenterY),
            new(x, to.CenterY),
            new(to.Right, to.CenterY),
        ];
        var label = string.IsNullOrEmpty(edge.Label) ? null : Beside(edge.Label, x + 6, (from.CenterY + to.CenterY) / 2);
        return new ChartEdge(edge.Source, edge.Target, edge.Label, points, label, true);
    }

    private static ChartEdge SelfLoop(Edge edge, ChartNode node)
    {
        var x = node.Right + 24;
        ChartPoint[] points =
        [
            new(node.Right, node.CenterY - 8),
            new(x, node.CenterY - 8),
            new(x, node.CenterY + 8),
            new(node.Right, node.CenterY + 8),
        ];
        var label = string.IsNullOrEmpty(edge.Label) ? null : Beside(edge.Label, x + 6, node.CenterY);
        return new ChartEdge(edge.Source, edge.Target, edge.Label, points, label, true);
    }

    private static ChartLabel Centered(string text, double x, double y)
    {
        var w = TextWidth(text, LabelFontSize) + 8;
        var h = LabelFontSize + 6;
        return new ChartLabel(text, x, y, true, x - w / 2, y - h / 2, w, h);
    }

    private static ChartLabel Beside(string text, double x, double y)
    {
        var w = TextWidth(text, LabelFontSize) + 8;
        var h = LabelFontSize + 6;
        return new ChartLabel(text, x + 4, y, false, x, y - h / 2, w, h);
    }

    // Moves everything so the top-left of the drawing sits at (Margin, Margin), and measures the canvas.
    private static ChartLayout Shift(List<ChartNode> nodes, List<ChartEdge> edges)
    {
        var xs = nodes.Select(n => n.X).Concat(edges.SelectMany(e => e.Points).Select(p => p.X))
            .Concat(edges.Where(e => e.LabelBox is not null).Select(e => e.LabelBox!.BoxX)).DefaultIfEmpty(0).ToList();
        var ys = nodes.Select(n => n.Y).Concat(edges.SelectMany(e => e.Points).Select(p => p.Y))
            .Concat(edges.Where(e => e.LabelBox is not null).Select(e => e.LabelBox!.BoxY)).DefaultIfEmpty(0).ToList();
        var dx = Margin - xs.Min();
        var dy = Margin - ys.Min();
        var shiftedNodes = nodes.Select(n => n with { X = Round(n.X + dx), Y = Round(n.Y + dy) }).ToList();
        var shiftedEdges = edges.Select(e => e with
        {
            Points = e.Points.Select(p => new ChartPoint(Round(p.X + dx), Round(p.Y + dy))).ToList(),
            LabelBox = e.LabelBox is { } l
                ? l with { X = Round(l.X + dx), Y = Round(l.Y + dy), BoxX = Round(l.BoxX + dx), BoxY = Round(l.BoxY + dy), BoxWidth = Round(l.BoxWidth), BoxHeight = Round(l.BoxHeight) }
                : null,
        }).ToList();

        var right = shiftedNodes.Select(n => n.Right).Concat(shiftedEdges.SelectMany(e => e.Points).Select(p => p.X))
            .Concat(shiftedEdges.Where(e => e.LabelBox is not null).Select(e => e.LabelBox!.BoxX + e.LabelBox.BoxWidth)).DefaultIfEmpty(0).Max();
        var bottom = shiftedNodes.Select(n => n.Bottom).Concat(shiftedEdges.SelectMany(e => e.Points).Select(p => p.Y))
            .Concat(shiftedEdges.Where(e => e.LabelBox is not null).Select(e => e.LabelBox!.BoxY + e.LabelBox.BoxHeight)).DefaultIfEmpty(0).Max();
        return new ChartLayout(Math.Ceiling(right + Margin), Math.Ceiling(bottom + Margin), shiftedNodes, shiftedEdges);
    }

    // Half-pixel precision keeps the SVG small and the output identical from run to run.
    private static double Round(double v) => Math.Round(v * 2, MidpointRounding.AwayFromZero) / 2;
}

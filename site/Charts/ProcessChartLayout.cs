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
    private const double FontSize = 14, LabelFontSize = 12, NodeHeight = 40, DecisionHeight = 64, LineHeight = 18;

    /// <summary>Labels wider than this many em break onto further lines, so long steps do not make the chart huge.</summary>
    private const double MaxLineEm = 10;
    private const double LayerGap = 64, SliceGap = 36, Margin = 16, LaneGap = 14;

    // GraphShape keeps vertices and edges in hash sets and dictionaries whose order can follow their hash
    // codes. String hashes change from process to process and object hashes from run to run; these types
    // hash by their position in the content instead, so the same chart is laid out the same way every time.
    private sealed class Vertex(int index, string id)
    {
        public string Id => id;
        public override int GetHashCode() => index;
        public override bool Equals(object? obj) => obj is Vertex v && v.Id == id;
    }

    private sealed class Edge(Vertex source, Vertex target, string? label, int order) : IEdge<Vertex>
    {
        public Vertex Source => source;
        public Vertex Target => target;
        public string? Label => label;
        public override int GetHashCode() => order;
        public override bool Equals(object? obj) => ReferenceEquals(this, obj);
    }

    public static ChartLayout Compute(ProcessChart chart)
    {
        var vertices = chart.Steps.Select((s, i) => new Vertex(i, s.Id)).ToDictionary(v => v.Id);
        var graph = new BidirectionalGraph<Vertex, Edge>(allowParallelEdges: true);
        foreach (var step in chart.Steps) graph.AddVertex(vertices[step.Id]);
        var edges = new List<Edge>();
        foreach (var step in chart.Steps)
            foreach (var next in step.Next)
            {
                var edge = new Edge(vertices[step.Id], vertices[next.To], next.Label, edges.Count);
                edges.Add(edge);
                if (next.To != step.Id) graph.AddEdge(edge);
            }

        var lines = chart.Steps.ToDictionary(s => s.Id, s => Wrap(s.Label));
        var sizes = chart.Steps.ToDictionary(s => vertices[s.Id], s => SizeOf(s.Kind, lines[s.Id]));
        var parameters = new SugiyamaLayoutParameters
        {
            Direction = LayoutDirection.TopToBottom,
            LayerGap = LayerGap,
            SliceGap = SliceGap,
            EdgeRouting = SugiyamaEdgeRouting.Orthogonal,
            // The default mode centres each layer over the next, which keeps branching charts narrow.
            PositionMode = -1,
        };
        var algorithm = new SugiyamaLayoutAlgorithm<Vertex, Edge, BidirectionalGraph<Vertex, Edge>>(graph, sizes, parameters)
        {
            // Crossing minimisation breaks ties at random, seeded from the clock unless told otherwise.
            Rand = new Random(20250301),
        };
        algorithm.Compute();

        var nodes = chart.Steps.ToDictionary(s => s.Id, s =>
        {
            var center = algorithm.VerticesPositions[vertices[s.Id]];
            var size = sizes[vertices[s.Id]];
            return new ChartNode(s.Id, s.Label, lines[s.Id], s.Kind, center.X - size.Width / 2, center.Y - size.Height / 2, size.Width, size.Height);
        });

        var laid = new List<ChartEdge>();
        var lanes = new int[2];
        foreach (var edge in edges)
        {
            var from = nodes[edge.Source.Id];
            var to = nodes[edge.Target.Id];
            if (from == to) laid.Add(SelfLoop(edge, from));
            else if (to.CenterY <= from.CenterY) laid.Add(LoopBack(edge, from, to, nodes.Values, lanes));
            else laid.Add(Forward(edge, from, to, algorithm.EdgeRoutes.TryGetValue(edge, out var route) ? route : null));
        }

        return Shift(chart.Steps.Select(s => nodes[s.Id]).ToList(), laid);
    }

    /// <summary>Width of a line of text: CJK characters are about one em, others about half.</summary>
    internal static double TextWidth(string text, double fontSize) =>
        text.Sum(c => c < 0x2E80 ? 0.55 : 1.0) * fontSize;

    private static Size SizeOf(StepKind kind, IReadOnlyList<string> lines)
    {
        var text = lines.Max(l => TextWidth(l, FontSize));
        var extra = (lines.Count - 1) * LineHeight;
        // A diamond needs room around its text: the text box fits inside when the diamond is 1.5 times as wide and tall.
        return kind == StepKind.Decision
            ? new Size(Math.Max(120, text * 1.5 + 32), DecisionHeight + extra * 1.5)
            : new Size(Math.Max(96, text + 32), NodeHeight + extra);
    }

    /// <summary>
    /// Breaks a label into lines of at most <see cref="MaxLineEm"/>, preferring to break after Chinese punctuation,
    /// and never inside a run of Latin letters or digits.
    /// </summary>
    internal static IReadOnlyList<string> Wrap(string label)
    {
        const string closing = "，、；：。！？）)」》";
        var lines = new List<string>();
        var rest = label.Trim();
        // A last line of two em or less is not worth a line of its own: it stays with the one before.
        while (TextWidth(rest, 1) > MaxLineEm + 2)
        {
            var end = 0;
            double width = 0;
            while (end < rest.Length && width + TextWidth(rest[end].ToString(), 1) <= MaxLineEm) width += TextWidth(rest[end++].ToString(), 1);
            // Prefer breaking after a pause or before an opening bracket, if that keeps a third of the line.
            var cut = -1;
            for (var i = end; i > end / 3 && cut < 0; i--)
                if (closing.Contains(rest[i - 1]) || rest[i] is '(' or '（') cut = i;
            if (cut < 0)
                for (cut = end; cut > 1 && char.IsAsciiLetterOrDigit(rest[cut - 1]) && char.IsAsciiLetterOrDigit(rest[cut]); cut--) { }
            if (cut <= 1) cut = end;
            // No line may begin with closing punctuation: it hangs at the end of the line before.
            while (cut < rest.Length && closing.Contains(rest[cut])) cut++;
            lines.Add(rest[..cut]);
            rest = rest[cut..].TrimStart();
        }
        if (rest.Length > 0 || lines.Count == 0) lines.Add(rest);
        return lines;
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
        return new ChartEdge(edge.Source.Id, edge.Target.Id, edge.Label, polyline, ForwardLabel(edge.Label, polyline), false);
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

    // Runs up a lane beside the chart, on the side with fewer steps in the way. It leaves the source by its
    // side when nothing stands between it and the lane, else from its bottom through the gap below its row;
    // it enters the target likewise by its side or from the gap above. So the line never cuts through a step.
    private static ChartEdge LoopBack(Edge edge, ChartNode from, ChartNode to, IReadOnlyCollection<ChartNode> all, int[] lanes)
    {
        bool SameRow(ChartNode a, ChartNode b) => a.Y < b.Bottom && b.Y < a.Bottom;
        bool Blocked(ChartNode node, bool right) => all.Any(n => n != node && SameRow(n, node) && (right ? n.X >= node.Right : n.Right <= node.X));
        int Obstacles(bool right) => (Blocked(from, right) ? 1 : 0) + (Blocked(to, right) ? 1 : 0);
        var onRight = Obstacles(right: true) <= Obstacles(right: false);
        var lane = lanes[onRight ? 1 : 0]++;

        var top = Math.Min(from.Y, to.Y) - LayerGap;
        var bottom = Math.Max(from.Bottom, to.Bottom) + LayerGap;
        var span = all.Where(n => n.Bottom >= top && n.Y <= bottom).ToList();
        var offset = 24 + lane * LaneGap;
        var x = onRight ? span.Max(n => n.Right) + offset : span.Min(n => n.X) - offset;
        var sign = onRight ? 1 : -1;

        var points = new List<ChartPoint>();
        if (!Blocked(from, onRight))
            points.Add(new ChartPoint(onRight ? from.Right : from.X, from.CenterY));
        else
        {
            var exitX = from.CenterX + sign * from.Width / 4;
            var gapY = from.Bottom + LayerGap * 0.3 + lane * 4;
            points.Add(new ChartPoint(exitX, from.Kind == StepKind.Decision ? from.Bottom - from.Height / 4 : from.Bottom));
            points.Add(new ChartPoint(exitX, gapY));
        }
        points.Add(new ChartPoint(x, points[^1].Y));
        if (!Blocked(to, onRight))
        {
            points.Add(new ChartPoint(x, to.CenterY));
            points.Add(new ChartPoint(onRight ? to.Right : to.X, to.CenterY));
        }
        else
        {
            var entryX = to.CenterX + sign * to.Width / 4;
            var gapY = to.Y - LayerGap * 0.3 - lane * 4;
            points.Add(new ChartPoint(x, gapY));
            points.Add(new ChartPoint(entryX, gapY));
            points.Add(new ChartPoint(entryX, to.Kind == StepKind.Decision ? to.Y + to.Height / 4 : to.Y));
        }

        // Beside the lane, just above where the line reaches it: labels of different loops stay apart.
        var labelY = points[1].Y - LabelFontSize;
        var label = string.IsNullOrEmpty(edge.Label) ? null
            : onRight ? Beside(edge.Label, x + 4, labelY) : BesideLeft(edge.Label, x - 4, labelY);
        return new ChartEdge(edge.Source.Id, edge.Target.Id, edge.Label, points, label, true);
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
        return new ChartEdge(edge.Source.Id, edge.Target.Id, edge.Label, points, label, true);
    }

    private static ChartLabel Centered(string text, double x, double y)
    {
        var w = TextWidth(text, LabelFontSize) + 8;
        var h = LabelFontSize + 6;
        return new ChartLabel(text, x, y, "middle", x - w / 2, y - h / 2, w, h);
    }

    private static ChartLabel Beside(string text, double x, double y)
    {
        var w = TextWidth(text, LabelFontSize) + 8;
        var h = LabelFontSize + 6;
        return new ChartLabel(text, x + 4, y, "start", x, y - h / 2, w, h);
    }

    private static ChartLabel BesideLeft(string text, double x, double y)
    {
        var w = TextWidth(text, LabelFontSize) + 8;
        var h = LabelFontSize + 6;
        return new ChartLabel(text, x - 4, y, "end", x - w, y - h / 2, w, h);
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

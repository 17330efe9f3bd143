using Enforcement.Content;

namespace Enforcement.Site.Charts;

/// <summary>A point in the chart's coordinate space (pixels, y down).</summary>
public readonly record struct ChartPoint(double X, double Y);

/// <summary>A step placed on the chart; X and Y are its top-left corner; a long label is broken into <see cref="Lines"/>.</summary>
public sealed record ChartNode(string Id, string Label, IReadOnlyList<string> Lines, StepKind Kind, double X, double Y, double Width, double Height)
{
    public double CenterX => X + Width / 2;
    public double CenterY => Y + Height / 2;
    public double Right => X + Width;
    public double Bottom => Y + Height;
}

/// <summary>A transition drawn as a polyline; <see cref="LoopsBack"/> when it returns to an earlier step.</summary>
public sealed record ChartEdge(string From, string To, string? Label, IReadOnlyList<ChartPoint> Points, ChartLabel? LabelBox, bool LoopsBack);

/// <summary>Where an edge's label goes: its text's anchor point, the SVG text-anchor (start, middle, end), and the box behind it.</summary>
public sealed record ChartLabel(string Text, double X, double Y, string Anchor, double BoxX, double BoxY, double BoxWidth, double BoxHeight);

/// <summary>A whole process chart, laid out and shifted so every coordinate is positive.</summary>
public sealed record ChartLayout(double Width, double Height, IReadOnlyList<ChartNode> Nodes, IReadOnlyList<ChartEdge> Edges);

using System.Xml.Linq;
using static SpiPlatform.Metrics.Features.Dashboard.Charts.ChartSvg;

namespace SpiPlatform.Metrics.Features.Dashboard.Charts;

/// <summary>One line: its label (already in the reader's language) and a value for every period of the chart.</summary>
internal sealed record LineSeries(string Label, IReadOnlyList<int> Values);

/// <summary>
/// A line chart by month: one line per series over the periods (the x axis, labelled at most every
/// <see cref="MaxPeriodLabels"/>th), on a value axis from 0 to a round maximum. Each line has its own colour, dash
/// pattern and marker shape, and is named at its end with its last value, so no line is told apart by colour alone.
/// </summary>
internal static class LineChartSvg
{
    public const double PlotWidth = 420;
    public const double PlotHeight = 200;
    public const int MaxPeriodLabels = 8;
    private const double Left = 44;
    private const double Top = 16;
    private const double LabelGap = 14;

    public static string Render(ChartText text, IReadOnlyList<string> periods, IReadOnlyList<LineSeries> series)
    {
        if (periods.Count == 0 || series.Count == 0)
        {
            return EmptyChart(text, "line");
        }
        var top = NiceMax(series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var labelWidth = series.Max(s => TextWidth(EndLabel(s))) + 24;
        var ends = EndLabelPositions(series.Select(s => Y(s.Values.LastOrDefault(), top)).ToList());
        var height = Math.Max(Top + PlotHeight, ends.Max()) + 40;
        var root = Root(text, Left + PlotWidth + labelWidth, height, "line");
        foreach (var tick in Ticks(top))
        {
            var y = Y(tick, top);
            root.Add(Line(Left, y, Left + PlotWidth, y));
            root.Add(Label(Left - 6, y + 4, Count(tick), "chart-tick", anchor: "end"));
        }
        var every = (int)Math.Ceiling(periods.Count / (double)MaxPeriodLabels);
        for (var i = 0; i < periods.Count; i += every)
        {
            root.Add(Label(X(i, periods.Count), Top + PlotHeight + 18, periods[i], "chart-period", anchor: "middle"));
        }
        root.Add(Line(Left, Top + PlotHeight, Left + PlotWidth, Top + PlotHeight, Muted));
        for (var s = 0; s < series.Count; s++)
        {
            root.Add(Draw(series[s], s, periods.Count, top, ends[s]));
        }
        return ChartSvg.Render(root);
    }

    public static double X(int index, int count) => count <= 1 ? Left + PlotWidth / 2 : Left + PlotWidth * index / (count - 1);

    public static double Y(int value, int top) => Top + PlotHeight - (top <= 0 ? 0 : PlotHeight * Math.Max(0, value) / top);

    public static string EndLabel(LineSeries s) => $"{s.Label}: {Count(s.Values.LastOrDefault())}";

    private static XElement Draw(LineSeries series, int index, int periods, int top, double labelY)
    {
        var colour = Palette[index % Palette.Length];
        var dash = Dashes[index % Dashes.Length];
        var points = series.Values.Select((v, i) => (X: X(i, periods), Y: Y(v, top))).ToList();
        var g = new XElement(Svg + "g", new XAttribute("class", "chart-series"), new XAttribute("data-series", series.Label));
        var line = new XElement(Svg + "polyline", new XAttribute("points", string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"))),
            new XAttribute("fill", "none"), new XAttribute("stroke", colour), new XAttribute("stroke-width", "2.5"));
        if (dash is not null)
        {
            line.Add(new XAttribute("stroke-dasharray", dash));
        }
        g.Add(line);
        // A marker at the first and last point (and every point of a short series) carries the series' shape.
        var marked = points.Count <= 24 ? points : [points[0], points[^1]];
        g.Add(marked.Select(p => Marker(index, p.X, p.Y, colour)));
        var last = points[^1];
        g.Add(Line(last.X + 4, last.Y, Left + PlotWidth + 8, labelY - 4, colour));
        g.Add(Label(Left + PlotWidth + 12, labelY, EndLabel(series), "chart-series-label"));
        g.Add(new XElement(Svg + "title", EndLabel(series)));
        return g;
    }

    // Four shapes, in turn: circle, square, triangle, diamond.
    private static XElement Marker(int index, double x, double y, string colour) => (index % 4) switch
    {
        0 => new XElement(Svg + "circle", new XAttribute("cx", N(x)), new XAttribute("cy", N(y)), new XAttribute("r", "3.5"), new XAttribute("fill", colour)),
        1 => new XElement(Svg + "rect", new XAttribute("x", N(x - 3.5)), new XAttribute("y", N(y - 3.5)), new XAttribute("width", "7"), new XAttribute("height", "7"), new XAttribute("fill", colour)),
        2 => new XElement(Svg + "path", new XAttribute("d", $"M{N(x)},{N(y - 4.5)} L{N(x + 4.5)},{N(y + 3.5)} L{N(x - 4.5)},{N(y + 3.5)} z"), new XAttribute("fill", colour)),
        _ => new XElement(Svg + "path", new XAttribute("d", $"M{N(x)},{N(y - 5)} L{N(x + 5)},{N(y)} L{N(x)},{N(y + 5)} L{N(x - 5)},{N(y)} z"), new XAttribute("fill", colour)),
    };

    /// <summary>
    /// Where each line's end label goes: at its last point, pushed down (in the order of the points) so no two overlap,
    /// then, if that runs below the axis, pushed back up so the labels end at the axis (while there is room above).
    /// </summary>
    public static List<double> EndLabelPositions(IReadOnlyList<double> lastY)
    {
        var order = Enumerable.Range(0, lastY.Count).OrderBy(i => lastY[i]).ThenBy(i => i).ToList();
        var placed = new double[lastY.Count];
        var floor = double.MinValue;
        foreach (var i in order)
        {
            placed[i] = Math.Max(lastY[i] + 4, floor + LabelGap);
            floor = placed[i];
        }
        var ceiling = Top + PlotHeight + 4 + LabelGap;
        foreach (var i in Enumerable.Reverse(order))
        {
            placed[i] = Math.Max(Top + 4, Math.Min(placed[i], ceiling - LabelGap));
            ceiling = placed[i];
        }
        return [.. placed];
    }
}

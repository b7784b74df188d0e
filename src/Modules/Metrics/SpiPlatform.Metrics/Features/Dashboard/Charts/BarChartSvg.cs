using System.Xml.Linq;
using static SpiPlatform.Metrics.Features.Dashboard.Charts.ChartSvg;

namespace SpiPlatform.Metrics.Features.Dashboard.Charts;

/// <summary>One bar: its label (already in the reader's language) and its count.</summary>
internal sealed record Bar(string Label, int Value);

/// <summary>
/// A horizontal bar chart: one bar per value, its label to the left and its count written at its end, so every bar is
/// read from text, not from its length or colour. Bars are scaled to the largest value (a zero draws no bar, only "0").
/// </summary>
internal static class BarChartSvg
{
    public const double LabelWidth = 200;
    public const double PlotWidth = 320;
    public const double RowHeight = 26;
    public const double BarHeight = 16;
    private const double Top = 8;

    public static string Render(ChartText text, IReadOnlyList<Bar> bars)
    {
        if (bars.Count == 0)
        {
            return EmptyChart(text, "bar");
        }
        var max = Math.Max(1, bars.Max(b => b.Value));
        var width = LabelWidth + PlotWidth + 60;
        var root = Root(text, width, Top * 2 + bars.Count * RowHeight, "bar");
        root.Add(Line(LabelWidth, Top, LabelWidth, Top + bars.Count * RowHeight, Muted));
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            var length = BarLength(bar.Value, max);
            var g = new XElement(Svg + "g", new XAttribute("class", "chart-bar"), new XAttribute("data-label", bar.Label), new XAttribute("data-value", bar.Value));
            g.Add(Label(LabelWidth - 8, y + 17, Shorten(bar.Label), "chart-bar-label", anchor: "end"));
            g.Add(new XElement(Svg + "rect", new XAttribute("x", N(LabelWidth)), new XAttribute("y", N(y + (RowHeight - BarHeight) / 2)),
                new XAttribute("width", N(length)), new XAttribute("height", N(BarHeight)), new XAttribute("fill", Palette[0])));
            g.Add(Label(LabelWidth + length + 6, y + 17, Count(bar.Value), "chart-bar-value", weight: "bold"));
            g.Add(new XElement(Svg + "title", $"{bar.Label}: {Count(bar.Value)}"));
            root.Add(g);
        }
        return ChartSvg.Render(root);
    }

    /// <summary>The bar's length: proportional to the value, the largest filling the plot.</summary>
    public static double BarLength(int value, int max) => max <= 0 ? 0 : PlotWidth * Math.Max(0, value) / max;

    // The full label is the bar's <title>; the visible one is cut to fit the label column.
    private static string Shorten(string label)
    {
        var fits = (int)(LabelWidth / 6.6) - 1;
        return label.Length <= fits ? label : label[..(fits - 1)].TrimEnd() + "…";
    }
}

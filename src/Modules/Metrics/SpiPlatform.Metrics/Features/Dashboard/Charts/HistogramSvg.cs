using System.Xml.Linq;
using static SpiPlatform.Metrics.Features.Dashboard.Charts.ChartSvg;

namespace SpiPlatform.Metrics.Features.Dashboard.Charts;

/// <summary>One bin of a distribution: its range as text (e.g. "6–10 days") and how many observations fall in it.</summary>
internal sealed record Bin(string Label, int Count);

/// <summary>
/// A histogram: adjacent vertical columns, one per bin in order, each with its count above it and its range below, on
/// a value axis from 0 to a round maximum.
/// </summary>
internal static class HistogramSvg
{
    public const double PlotHeight = 180;
    public const double ColumnWidth = 64;
    private const double Left = 40;
    private const double Top = 24;

    public static string Render(ChartText text, IReadOnlyList<Bin> bins)
    {
        if (bins.Count == 0 || bins.All(b => b.Count == 0))
        {
            return EmptyChart(text, "histogram");
        }
        var top = NiceMax(bins.Max(b => b.Count));
        var width = Left + bins.Count * ColumnWidth + 16;
        var root = Root(text, width, Top + PlotHeight + 40, "histogram");
        foreach (var tick in Ticks(top))
        {
            var y = Top + PlotHeight - ColumnHeight(tick, top);
            root.Add(Line(Left, y, Left + bins.Count * ColumnWidth, y));
            root.Add(Label(Left - 6, y + 4, Count(tick), "chart-tick", anchor: "end"));
        }
        for (var i = 0; i < bins.Count; i++)
        {
            var bin = bins[i];
            var x = Left + i * ColumnWidth;
            var h = ColumnHeight(bin.Count, top);
            var g = new XElement(Svg + "g", new XAttribute("class", "chart-column"), new XAttribute("data-label", bin.Label), new XAttribute("data-value", bin.Count));
            // A white edge between columns keeps neighbours apart without a second colour.
            g.Add(new XElement(Svg + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(Top + PlotHeight - h)), new XAttribute("width", N(ColumnWidth)),
                new XAttribute("height", N(h)), new XAttribute("fill", Palette[0]), new XAttribute("stroke", "#ffffff"), new XAttribute("stroke-width", "2")));
            g.Add(Label(x + ColumnWidth / 2, Top + PlotHeight - h - 6, Count(bin.Count), "chart-column-value", anchor: "middle", weight: "bold"));
            g.Add(Label(x + ColumnWidth / 2, Top + PlotHeight + 18, bin.Label, "chart-column-label", anchor: "middle"));
            g.Add(new XElement(Svg + "title", $"{bin.Label}: {Count(bin.Count)}"));
            root.Add(g);
        }
        root.Add(Line(Left, Top + PlotHeight, Left + bins.Count * ColumnWidth, Top + PlotHeight, Muted));
        return ChartSvg.Render(root);
    }

    public static double ColumnHeight(int value, int top) => top <= 0 ? 0 : PlotHeight * Math.Max(0, value) / top;
}

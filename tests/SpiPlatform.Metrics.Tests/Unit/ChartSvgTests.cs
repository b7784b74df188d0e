using System.Globalization;
using System.Xml.Linq;
using SpiPlatform.Metrics.Features.Dashboard;
using SpiPlatform.Metrics.Features.Dashboard.Charts;
using SpiPlatform.Metrics.Features.Figures;

namespace SpiPlatform.Metrics.Tests.Unit;

public sealed class ChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly ChartText Text = new("chart-x", "Agreements by status", "A bar for each status.", "Nothing to show.");

    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static void AssertNamedAndDescribed(XElement root, ChartText text)
    {
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal($"{text.Id}-title {text.Id}-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal(text.Title, root.Element(Svg + "title")!.Value);
        Assert.Equal($"{text.Id}-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal(text.Description, root.Element(Svg + "desc")!.Value);
        Assert.Equal($"{text.Id}-desc", (string?)root.Element(Svg + "desc")!.Attribute("id"));
    }

    private static IEnumerable<string> Texts(XElement e, string cssClass)
        => e.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value);

    [Fact]
    public void A_bar_chart_has_its_title_and_desc_one_bar_per_value_with_its_label_and_count_written()
    {
        var root = Parse(BarChartSvg.Render(Text, [new Bar("Live", 6), new Bar("Draft", 3), new Bar("Withdrawn", 0)]));

        AssertNamedAndDescribed(root, Text);
        var bars = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "chart-bar").ToList();
        Assert.Equal(["Live", "Draft", "Withdrawn"], bars.Select(b => (string?)b.Attribute("data-label")));
        Assert.Equal(["Live", "Draft", "Withdrawn"], Texts(root, "chart-bar-label"));
        Assert.Equal(["6", "3", "0"], Texts(root, "chart-bar-value"));
        Assert.Equal(["Live: 6", "Draft: 3", "Withdrawn: 0"], bars.Select(b => b.Element(Svg + "title")!.Value));
    }

    [Fact]
    public void Bars_are_scaled_to_the_largest_value()
    {
        var root = Parse(BarChartSvg.Render(Text, [new Bar("A", 8), new Bar("B", 2), new Bar("C", 0)]));

        var widths = root.Descendants(Svg + "rect").Where(r => r.Parent!.Name == Svg + "g")
            .Select(r => double.Parse((string)r.Attribute("width")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal([BarChartSvg.PlotWidth, BarChartSvg.PlotWidth / 4, 0], widths);
    }

    [Fact]
    public void A_long_label_is_shortened_on_the_bar_and_kept_whole_in_its_title()
    {
        var label = "Community safety, crime reduction and offender management services";
        var root = Parse(BarChartSvg.Render(Text, [new Bar(label, 1)]));

        var shown = Assert.Single(Texts(root, "chart-bar-label"));
        Assert.EndsWith("…", shown);
        Assert.True(shown.Length < label.Length);
        Assert.Equal($"{label}: 1", root.Descendants(Svg + "g").Single().Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Every_chart_with_nothing_to_draw_says_so_and_is_still_named_and_described()
    {
        foreach (var svg in new[]
        {
            BarChartSvg.Render(Text, []), HistogramSvg.Render(Text, []), HistogramSvg.Render(Text, [new Bin("0–5", 0)]),
            LineChartSvg.Render(Text, [], []), LineChartSvg.Render(Text, ["Jan 2011"], []),
        })
        {
            var root = Parse(svg);
            AssertNamedAndDescribed(root, Text);
            Assert.Equal(["Nothing to show."], Texts(root, "chart-empty"));
            Assert.Empty(root.Descendants(Svg + "g"));
        }
    }

    [Fact]
    public void A_histogram_has_one_column_per_bin_scaled_to_a_round_maximum_with_counts_and_ranges_written()
    {
        var root = Parse(HistogramSvg.Render(Text, [new Bin("0–5", 4), new Bin("6–10", 1), new Bin("11+", 0)]));

        AssertNamedAndDescribed(root, Text);
        var columns = root.Descendants(Svg + "g").ToList();
        Assert.Equal(["0–5", "6–10", "11+"], columns.Select(c => (string?)c.Attribute("data-label")));
        Assert.Equal(["4", "1", "0"], Texts(root, "chart-column-value"));
        Assert.Equal(["0–5", "6–10", "11+"], Texts(root, "chart-column-label"));
        var heights = columns.Select(c => double.Parse((string)c.Element(Svg + "rect")!.Attribute("height")!, CultureInfo.InvariantCulture)).ToList();
        // The axis runs to 5 (the round maximum above 4): 4 is four fifths of the plot.
        Assert.Equal([HistogramSvg.PlotHeight * 4 / 5, HistogramSvg.PlotHeight / 5, 0], heights);
        Assert.Equal(["0", "1", "2", "3", "4", "5"], Texts(root, "chart-tick"));
    }

    [Fact]
    public void A_line_chart_draws_one_line_per_series_through_every_month_named_at_its_end_with_its_last_value()
    {
        var root = Parse(LineChartSvg.Render(Text, ["Jan 2011", "Feb 2011", "Mar 2011"],
            [new LineSeries("Police", [1, 2, 4]), new LineSeries("Local authority", [0, 0, 2])]));

        AssertNamedAndDescribed(root, Text);
        var lines = root.Descendants(Svg + "polyline").ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(3, ((string)l.Attribute("points")!).Split(' ').Length));
        Assert.Equal(["Police: 4", "Local authority: 2"], Texts(root, "chart-series-label"));
        Assert.Equal(["Jan 2011", "Feb 2011", "Mar 2011"], Texts(root, "chart-period"));
        // The axis runs from 0 (the bottom) to 5, the round number above the largest value, 4.
        var police = ((string)lines[0].Attribute("points")!).Split(' ').Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(LineChartSvg.Y(4, 5), police[2]);
        Assert.Equal(16 + LineChartSvg.PlotHeight / 5, police[2]);
        Assert.Equal(LineChartSvg.Y(0, 5), ((string)lines[1].Attribute("points")!).Split(' ').Select(p => double.Parse(p.Split(',')[1], CultureInfo.InvariantCulture)).First());
    }

    [Fact]
    public void Neighbouring_lines_differ_in_colour_and_dash_pattern_not_colour_alone()
    {
        var series = Enumerable.Range(0, 4).Select(i => new LineSeries($"S{i}", [i, i])).ToList();
        var lines = Parse(LineChartSvg.Render(Text, ["Jan", "Feb"], series)).Descendants(Svg + "polyline").ToList();

        Assert.Equal(4, lines.Select(l => (string?)l.Attribute("stroke")).Distinct().Count());
        Assert.Equal(4, lines.Select(l => (string?)l.Attribute("stroke-dasharray") ?? "solid").Distinct().Count());
    }

    [Fact]
    public void A_long_series_labels_at_most_eight_months_on_its_axis()
    {
        var months = Enumerable.Range(0, 24).Select(i => $"M{i}").ToList();
        var root = Parse(LineChartSvg.Render(Text, months, [new LineSeries("Police", [.. Enumerable.Range(0, 24)])]));

        Assert.Equal(["M0", "M3", "M6", "M9", "M12", "M15", "M18", "M21"], Texts(root, "chart-period"));
    }

    [Fact]
    public void End_labels_of_lines_ending_at_the_same_value_do_not_overlap()
    {
        var placed = LineChartSvg.EndLabelPositions([100, 100, 100, 40]);

        Assert.Equal(104, placed[0]);
        Assert.Equal(118, placed[1]);
        Assert.Equal(132, placed[2]);
        Assert.Equal(44, placed[3]);
    }

    [Fact]
    public void End_labels_of_lines_ending_at_zero_go_up_from_the_axis_not_below_the_chart()
    {
        var axis = LineChartSvg.Y(0, 5);

        var placed = LineChartSvg.EndLabelPositions([axis, axis, axis]);

        Assert.Equal([axis - 24, axis - 10, axis + 4], placed);
    }

    [Fact]
    public void Names_and_descriptions_are_escaped_as_text()
    {
        var text = new ChartText("c", "Police & <fire>", "\"quoted\"", "none");
        var root = Parse(BarChartSvg.Render(text, [new Bar("A & B", 1)]));

        Assert.Equal("Police & <fire>", root.Element(Svg + "title")!.Value);
        Assert.Equal("A & B", Texts(root, "chart-bar-label").Single());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(12, 20)]
    [InlineData(31, 50)]
    [InlineData(200, 200)]
    public void The_value_axis_ends_at_a_round_number_at_least_the_largest_value(int max, int expected)
        => Assert.Equal(expected, ChartSvg.NiceMax(max));

    [Fact]
    public void Turnarounds_are_counted_in_their_bins_with_the_last_open_ended()
    {
        var rounds = new[] { 0, 5, 6, 10, 20, 21, 45 }.Select(d => new DecidedRound("ISP-1", 1, new Month(2026, 1), d)).ToList();

        var bins = DashboardReader.Bins(rounds);

        Assert.Equal([(0, 5, 2), (6, 10, 2), (11, 15, 0), (16, 20, 1), (21, 30, 1), (31, (int?)null, 1)], bins.Select(b => (b.Low, b.High, b.Count)));
    }
}

using System.Globalization;
using System.Xml.Linq;

namespace SpiPlatform.Metrics.Features.Dashboard.Charts;

/// <summary>A chart's accessible name and description, and what it says when there is nothing to draw; already in the reader's language.</summary>
/// <param name="Id">Unique on the page: the title and desc ids are made from it.</param>
internal sealed record ChartText(string Id, string Title, string Description, string Empty);

/// <summary>
/// What the chart builders share: the root <c>&lt;svg role="img"&gt;</c> named by its title and described by its desc,
/// the palette (every colour at least 4.5:1 on white, so marks and their labels pass contrast), and number formatting.
/// Colour never carries meaning alone: each series also has its own dash pattern and marker, and a text label.
/// </summary>
internal static class ChartSvg
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public const string Text = "#0b0c0c";
    public const string Rule = "#b1b4b6";
    public const string Muted = "#505a5f";

    /// <summary>GOV.UK-style colours, each 4.5:1 or more against white.</summary>
    public static readonly string[] Palette = ["#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#912b88", "#505a5f", "#003078", "#0b0c0c"];

    /// <summary>Dash patterns, in turn with the marker shapes: neighbouring series differ in colour, pattern and shape.</summary>
    public static readonly string?[] Dashes = [null, "8 4", "2 3", "10 3 2 3"];

    public static XElement Root(ChartText text, double width, double height, string kind)
        => new(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(width)} {N(height)}"),
            new XAttribute("width", N(width)),
            new XAttribute("height", N(height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", $"{text.Id}-title {text.Id}-desc"),
            new XAttribute("class", $"chart chart-{kind}"),
            new XAttribute("font-family", "Arial, Helvetica, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", $"{text.Id}-title"), text.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{text.Id}-desc"), text.Description),
            new XElement(Svg + "rect", new XAttribute("width", N(width)), new XAttribute("height", N(height)), new XAttribute("fill", "#ffffff")));

    /// <summary>The chart when there is nothing to draw: still named and described, with the empty message as text.</summary>
    public static string EmptyChart(ChartText text, string kind)
    {
        var root = Root(text, 480, 60, kind);
        root.Add(Label(12, 34, text.Empty, "chart-empty"));
        return Render(root);
    }

    public static XElement Label(double x, double y, string content, string? cssClass = null, string anchor = "start", string? weight = null)
    {
        var e = new XElement(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("fill", Text), content);
        if (anchor != "start")
        {
            e.Add(new XAttribute("text-anchor", anchor));
        }
        if (cssClass is not null)
        {
            e.Add(new XAttribute("class", cssClass));
        }
        if (weight is not null)
        {
            e.Add(new XAttribute("font-weight", weight));
        }
        return e;
    }

    public static XElement Line(double x1, double y1, double x2, double y2, string stroke = Rule)
        => new(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", "1"));

    /// <summary>A round upper bound for the value axis: 1, 2 or 5 times a power of ten, at least the largest value (and at least 1).</summary>
    public static int NiceMax(int max)
    {
        if (max <= 1)
        {
            return 1;
        }
        var power = (int)Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 5, 10 })
        {
            if (step * power >= max)
            {
                return step * power;
            }
        }
        return 10 * power;
    }

    /// <summary>Up to six evenly spaced ticks from 0 to <paramref name="top"/> (a <see cref="NiceMax"/>), whole numbers only.</summary>
    public static IEnumerable<int> Ticks(int top)
    {
        var step = new[] { 5, 4, 2, 1 }.Select(parts => top % parts == 0 ? top / parts : 0).First(s => s > 0 || top == 0);
        for (var t = 0; t <= top; t += Math.Max(1, step))
        {
            yield return t;
        }
    }

    /// <summary>A rough width of a label in Arial at 12 px (ADR 0017 estimates the same way).</summary>
    public static double TextWidth(string text) => text.Length * 6.6;

    public static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    public static string Count(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Render(XElement root) => root.ToString(SaveOptions.DisableFormatting);
}

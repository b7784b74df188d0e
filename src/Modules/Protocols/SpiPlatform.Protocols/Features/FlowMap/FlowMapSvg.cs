using System.Globalization;
using System.Xml.Linq;

namespace SpiPlatform.Protocols.Features.FlowMap;

/// <summary>
/// Draws a <see cref="FlowMapLayout"/> as an inline SVG: <c>role="img"</c> named by its title and described by its desc,
/// lanes and arrows marked with classes and data attributes, the full text of every shortened label in a
/// <c>&lt;title&gt;</c>. Dark text on light lanes; the direction is shown by shape (a dot where a flow starts, an
/// arrowhead where it ends), not by colour.
/// </summary>
internal static class FlowMapSvg
{
    public const string TitleId = "flow-map-title";
    public const string DescriptionId = "flow-map-desc";

    private const string Text = "#0b0c0c";
    private const string Arrow = "#1d70b8";
    private const string Rule = "#b1b4b6";
    private const string Stripe = "#f3f2f1";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(FlowMapContent content) => Element(content, FlowMapLayout.Of(content)).ToString(SaveOptions.DisableFormatting);

    private static XElement Element(FlowMapContent content, FlowMapLayout layout)
    {
        var root = new XElement(Svg + "svg",
            new XAttribute("viewBox", $"0 0 {N(layout.Width)} {N(layout.Height)}"),
            new XAttribute("width", N(layout.Width)),
            new XAttribute("height", N(layout.Height)),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", TitleId + " " + DescriptionId),
            new XAttribute("class", "flow-map-svg"),
            new XAttribute("font-family", "Arial, Helvetica, sans-serif"),
            new XAttribute("font-size", "12"),
            new XElement(Svg + "title", new XAttribute("id", TitleId), content.Title),
            new XElement(Svg + "desc", new XAttribute("id", DescriptionId), content.Description),
            Markers(),
            new XElement(Svg + "rect", new XAttribute("width", N(layout.Width)), new XAttribute("height", N(layout.Height)), new XAttribute("fill", "#ffffff")));
        root.Add(layout.Lanes.Select(l => Lane(l, layout)));
        root.Add(layout.Stages.Select(s => Stage(s, layout)));
        root.Add(layout.Arrows.Select(ArrowOf));
        return root;
    }

    private static XElement Markers() => new(Svg + "defs",
        new XElement(Svg + "marker", new XAttribute("id", "flow-map-head"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "9"), new XAttribute("refY", "5"),
            new XAttribute("markerWidth", "9"), new XAttribute("markerHeight", "9"), new XAttribute("orient", "auto"),
            new XElement(Svg + "path", new XAttribute("d", "M0,0 L10,5 L0,10 z"), new XAttribute("fill", Arrow))),
        new XElement(Svg + "marker", new XAttribute("id", "flow-map-tail"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "5"), new XAttribute("refY", "5"),
            new XAttribute("markerWidth", "7"), new XAttribute("markerHeight", "7"),
            new XElement(Svg + "circle", new XAttribute("cx", "5"), new XAttribute("cy", "5"), new XAttribute("r", "4"), new XAttribute("fill", Arrow))));

    private static XElement Lane(LaneBox lane, FlowMapLayout layout)
    {
        var firstLine = lane.Middle - ((lane.NameLines.Count - 1) * FlowMapLayout.LineHeight / 2) + 4;
        return new XElement(Svg + "g",
            new XAttribute("class", "flow-map-lane"),
            new XAttribute("data-organisation-id", lane.Lane.OrganisationId),
            new XAttribute("data-lane", lane.Index),
            new XElement(Svg + "title", lane.Lane.FullText),
            new XElement(Svg + "rect", new XAttribute("x", N(FlowMapLayout.Margin)), new XAttribute("y", N(lane.Top)),
                new XAttribute("width", N(layout.Width - (2 * FlowMapLayout.Margin))), new XAttribute("height", N(lane.Height)),
                new XAttribute("fill", lane.Index % 2 == 0 ? "#ffffff" : Stripe), new XAttribute("stroke", Rule), new XAttribute("stroke-width", "0.5")),
            Lines(lane.NameLines, FlowMapLayout.Margin + 6, firstLine, "start", Text, bold: false));
    }

    private static XElement Stage(StageBox stage, FlowMapLayout layout)
    {
        var middle = stage.Left + (stage.Width / 2);
        var firstLine = FlowMapLayout.Margin + (FlowMapLayout.HeaderHeight / 2) - ((stage.NameLines.Count - 1) * FlowMapLayout.LineHeight / 2) + 4;
        return new XElement(Svg + "g",
            new XAttribute("class", "flow-map-stage"),
            new XAttribute("data-stage", stage.Stage.Key),
            new XElement(Svg + "title", stage.Stage.Name),
            new XElement(Svg + "line", new XAttribute("x1", N(stage.Left)), new XAttribute("x2", N(stage.Left)),
                new XAttribute("y1", N(FlowMapLayout.Margin)), new XAttribute("y2", N(layout.BodyBottom)), new XAttribute("stroke", Rule)),
            Lines(stage.NameLines, middle, firstLine, "middle", Text, bold: true));
    }

    private static XElement ArrowOf(ArrowBox arrow)
    {
        var down = arrow.Y2 >= arrow.Y1;
        var end = arrow.Y2 + (down ? -2 : 2);
        var label = new XElement(Svg + "g",
            new XElement(Svg + "rect", new XAttribute("x", N(arrow.LabelLeft)), new XAttribute("y", N(arrow.LabelTop)),
                new XAttribute("width", N(arrow.LabelWidth)), new XAttribute("height", N(arrow.LabelHeight)),
                new XAttribute("fill", "#ffffff"), new XAttribute("stroke", Arrow), new XAttribute("rx", "2")),
            Lines(arrow.SharedLines, arrow.LabelLeft + FlowMapLayout.LabelPadding, arrow.LabelTop + FlowMapLayout.LabelPadding + 10, "start", Text, bold: false, size: 11),
            Lines([arrow.MethodLine], arrow.LabelLeft + FlowMapLayout.LabelPadding,
                arrow.LabelTop + FlowMapLayout.LabelPadding + 10 + (arrow.SharedLines.Count * FlowMapLayout.LineHeight), "start", Text, bold: true, size: 11));
        return new XElement(Svg + "g",
            new XAttribute("class", "flow-map-arrow"),
            new XAttribute("data-flow-id", arrow.Flow.Id),
            new XAttribute("data-stage", arrow.Flow.StageKey),
            new XAttribute("data-from", arrow.Flow.From),
            new XAttribute("data-to", arrow.Flow.To),
            new XElement(Svg + "title", arrow.Flow.FullText),
            new XElement(Svg + "line", new XAttribute("x1", N(arrow.X)), new XAttribute("y1", N(arrow.Y1)), new XAttribute("x2", N(arrow.X)), new XAttribute("y2", N(end)),
                new XAttribute("stroke", Arrow), new XAttribute("stroke-width", "2"),
                new XAttribute("marker-start", "url(#flow-map-tail)"), new XAttribute("marker-end", "url(#flow-map-head)")),
            label);
    }

    private static XElement Lines(IReadOnlyList<string> lines, double x, double firstBaseline, string anchor, string fill, bool bold, int size = 12)
    {
        var text = new XElement(Svg + "text", new XAttribute("fill", fill), new XAttribute("text-anchor", anchor), new XAttribute("font-size", size));
        if (bold)
        {
            text.Add(new XAttribute("font-weight", "bold"));
        }
        text.Add(lines.Select((line, i) => new XElement(Svg + "tspan", new XAttribute("x", N(x)), new XAttribute("y", N(firstBaseline + (i * FlowMapLayout.LineHeight))), line)));
        return text;
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}

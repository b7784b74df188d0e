using SpiPlatform.Protocols.Features.FlowMap;

namespace SpiPlatform.Protocols.Tests.FlowMap;

/// <summary>The map's layout rules (ADR 0017), without a database: wrapping, tracks, columns in order.</summary>
public sealed class FlowMapLayoutTests
{
    private static readonly Guid[] Ids = [.. Enumerable.Range(0, 6).Select(_ => Guid.NewGuid())];

    [Fact]
    public void A_long_label_is_wrapped_at_word_boundaries_and_cut_with_an_ellipsis_after_the_last_line()
    {
        var lines = TextWrap.Lines("Demographic details, Physical health, Personal care needs, Relationships", 19, 3);

        Assert.Equal(["Demographic", "details, Physical", "health, Personal…"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 19));
        Assert.Equal(["Secure email"], TextWrap.Lines("Secure email", 19, 1));
    }

    [Fact]
    public void Flows_of_one_stage_that_do_not_overlap_share_a_track_and_crossing_ones_do_not()
    {
        var layout = FlowMapLayout.Of(Content(
            new FlowMapStage("Referral", "Referral"),
            Flow("Referral", 0, 1), Flow("Referral", 4, 5), Flow("Referral", 0, 5)));

        var x = layout.Arrows.Select(a => a.X).ToList();
        Assert.Equal(x[0], x[1]);
        Assert.NotEqual(x[0], x[2]);
        Assert.Equal(2 * FlowMapLayout.TrackWidth, Assert.Single(layout.Stages).Width);
    }

    [Fact]
    public void Stages_are_columns_left_to_right_in_the_order_given_and_each_arrow_sits_in_its_own_stage()
    {
        var layout = FlowMapLayout.Of(Content(
            [new FlowMapStage("Referral", "Referral"), new FlowMapStage("Closure", "Closure")],
            Flow("Closure", 2, 0), Flow("Referral", 0, 2)));

        Assert.True(layout.Stages[0].Left < layout.Stages[1].Left);
        foreach (var arrow in layout.Arrows)
        {
            var column = layout.Stages.Single(s => s.Stage.Key == arrow.Flow.StageKey);
            Assert.InRange(arrow.X, column.Left, column.Left + column.Width);
            Assert.InRange(arrow.LabelLeft + arrow.LabelWidth, column.Left, column.Left + column.Width);
        }
        var up = layout.Arrows.Single(a => a.Flow.StageKey == "Closure");
        Assert.Equal(layout.Lanes[2].Middle, up.Y1);
        Assert.Equal(layout.Lanes[0].Middle, up.Y2);
        Assert.Equal(layout.Lanes[^1].Top + FlowMapLayout.LaneHeight + FlowMapLayout.Margin, layout.Height);
    }

    [Fact]
    public void The_svg_escapes_names_and_keeps_the_full_text_of_a_shortened_lane_in_its_title()
    {
        var longName = "North East Wales Carers Information Service <NEWCIS> & Friends of the Service in Prestatyn";
        var content = Content(new FlowMapStage("Referral", "Referral"), Flow("Referral", 0, 1)) with
        {
            Lanes = [new FlowMapLane(Ids[0], longName, longName), new FlowMapLane(Ids[1], "B", "B")],
        };

        var svg = System.Xml.Linq.XElement.Parse(FlowMapSvg.Render(content));

        System.Xml.Linq.XNamespace ns = "http://www.w3.org/2000/svg";
        var lane = svg.Elements(ns + "g").First(g => (string?)g.Attribute("class") == "flow-map-lane");
        Assert.Equal(longName, lane.Element(ns + "title")!.Value);
        Assert.EndsWith(TextWrap.Ellipsis, lane.Element(ns + "text")!.Elements(ns + "tspan").Last().Value, StringComparison.Ordinal);
    }

    private static FlowMapContent Content(FlowMapStage stage, params FlowMapFlow[] flows) => Content([stage], flows);

    private static FlowMapContent Content(FlowMapStage[] stages, params FlowMapFlow[] flows)
        => new("Map", "Description", [.. Ids.Select((id, i) => new FlowMapLane(id, "Partner " + i, "Partner " + i))], stages, flows);

    private static FlowMapFlow Flow(string stage, int from, int to)
        => new(Guid.NewGuid(), stage, Ids[from], Ids[to], "Demographic details", "Secure email", $"{stage}: {from} to {to}");
}

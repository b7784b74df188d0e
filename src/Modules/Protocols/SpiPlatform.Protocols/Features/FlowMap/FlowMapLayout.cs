namespace SpiPlatform.Protocols.Features.FlowMap;

/// <summary>Where a lane band sits, and its name broken into lines.</summary>
internal sealed record LaneBox(FlowMapLane Lane, int Index, double Top, double Height, IReadOnlyList<string> NameLines)
{
    public double Middle => Top + (Height / 2);
}

/// <summary>Where a stage column sits (its left edge and width) and its heading broken into lines.</summary>
internal sealed record StageBox(FlowMapStage Stage, double Left, double Width, IReadOnlyList<string> NameLines);

/// <summary>An arrow's line and its label box (what is shared, then how).</summary>
internal sealed record ArrowBox(FlowMapFlow Flow, int FromLane, int ToLane, double X, double Y1, double Y2,
    double LabelLeft, double LabelTop, double LabelWidth, double LabelHeight, IReadOnlyList<string> SharedLines, string MethodLine);

/// <summary>
/// The map's geometry (ADR 0017): a band per lane down the page, a column per stage across it in stage order, and in
/// each column one or more tracks; an arrow is a vertical line in a track, from the middle of the sender's lane to the
/// middle of the recipient's, with its label beside it. Arrows of one stage share a track when neither they nor their
/// labels overlap, so a stage is only as wide as its crossing flows make it.
/// </summary>
internal sealed class FlowMapLayout
{
    public const double Margin = 8;
    public const double LaneLabelWidth = 210;
    public const double HeaderHeight = 44;
    public const double LaneHeight = 44;
    public const double TrackWidth = 136;
    public const double LabelGap = 8;
    public const double LineHeight = 13;
    public const double LabelPadding = 4;
    public const int LaneNameChars = 30;
    public const int LaneNameLines = 2;
    public const int StageNameChars = 19;
    public const int LabelChars = 19;
    public const int SharedLines = 3;

    private FlowMapLayout(double width, double height, IReadOnlyList<LaneBox> lanes, IReadOnlyList<StageBox> stages, IReadOnlyList<ArrowBox> arrows)
    {
        Width = width;
        Height = height;
        Lanes = lanes;
        Stages = stages;
        Arrows = arrows;
    }

    public double Width { get; }

    public double Height { get; }

    public IReadOnlyList<LaneBox> Lanes { get; }

    public IReadOnlyList<StageBox> Stages { get; }

    public IReadOnlyList<ArrowBox> Arrows { get; }

    public double BodyTop => Margin + HeaderHeight;

    public double BodyBottom => BodyTop + (Lanes.Count * LaneHeight);

    public static FlowMapLayout Of(FlowMapContent content)
    {
        var lanes = content.Lanes.Select((lane, i) => new LaneBox(lane, i, Margin + HeaderHeight + (i * LaneHeight), LaneHeight,
            TextWrap.Lines(lane.Name, LaneNameChars, LaneNameLines))).ToList();
        var laneOf = lanes.ToDictionary(l => l.Lane.OrganisationId, l => l);
        var bodyTop = Margin + HeaderHeight;
        var bodyBottom = bodyTop + (lanes.Count * LaneHeight);
        var stages = new List<StageBox>();
        var arrows = new List<ArrowBox>();
        var left = Margin + LaneLabelWidth;
        foreach (var stage in content.Stages)
        {
            var tracks = new List<List<(double Top, double Bottom)>>();
            var placed = new List<(FlowMapFlow Flow, int Track, double Y1, double Y2, double LabelTop, double LabelHeight, IReadOnlyList<string> Shared, string Method)>();
            foreach (var flow in content.Flows.Where(f => f.StageKey == stage.Key))
            {
                var from = laneOf[flow.From];
                var to = laneOf[flow.To];
                var (y1, y2) = from.Index == to.Index ? (from.Top + 6, from.Middle) : (from.Middle, to.Middle);
                var shared = TextWrap.Lines(flow.Shared, LabelChars, SharedLines);
                var method = TextWrap.Lines(flow.Method, LabelChars, 1)[0];
                var labelHeight = ((shared.Count + 1) * LineHeight) + (2 * LabelPadding);
                var labelTop = Math.Clamp(((y1 + y2) / 2) - (labelHeight / 2), bodyTop + 2, Math.Max(bodyTop + 2, bodyBottom - labelHeight - 2));
                var top = Math.Min(Math.Min(y1, y2), labelTop) - 4;
                var bottom = Math.Max(Math.Max(y1, y2), labelTop + labelHeight) + 4;
                var track = tracks.FindIndex(t => t.TrueForAll(o => bottom <= o.Top || top >= o.Bottom));
                if (track < 0)
                {
                    tracks.Add([]);
                    track = tracks.Count - 1;
                }
                tracks[track].Add((top, bottom));
                placed.Add((flow, track, y1, y2, labelTop, labelHeight, shared, method));
            }
            var width = Math.Max(1, tracks.Count) * TrackWidth;
            stages.Add(new StageBox(stage, left, width, TextWrap.Lines(stage.Name, StageNameChars * Math.Max(1, tracks.Count), 2)));
            foreach (var p in placed)
            {
                var x = left + (p.Track * TrackWidth) + 14;
                arrows.Add(new ArrowBox(p.Flow, laneOf[p.Flow.From].Index, laneOf[p.Flow.To].Index, x, p.Y1, p.Y2,
                    x + LabelGap, p.LabelTop, TrackWidth - 14 - LabelGap - 6, p.LabelHeight, p.Shared, p.Method));
            }
            left += width;
        }
        return new FlowMapLayout(left + Margin, bodyBottom + Margin, lanes, stages, arrows);
    }
}

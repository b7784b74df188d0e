using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Features.FlowMap;

/// <summary>
/// What the map of an agreement shows: a lane per partner entry in the order of the partners table (coordinator
/// first, then by role and name), then any organisation a flow names that is not a partner; a column per stage the
/// flows use, in stage order (named stages last, in the order they first appear); an arrow per flow.
/// </summary>
internal static class FlowMapOfAgreement
{
    public static FlowMapContent For(Agreement agreement, Func<Guid, string> name, IStringLocalizer l)
    {
        var lanes = agreement.Partners
            .OrderBy(p => p.Role).ThenBy(p => name(p.OrganisationId), StringComparer.CurrentCulture)
            .Select(p => Lane(p.OrganisationId, p.Members, name, l))
            .ToList();
        var outsiders = agreement.Flows.SelectMany(f => new[] { f.FromOrganisationId, f.ToOrganisationId })
            .Distinct().Where(id => lanes.TrueForAll(lane => lane.OrganisationId != id));
        lanes.AddRange(outsiders.Select(id => Lane(id, 1, name, l)));

        var flows = agreement.Flows.OrderBy(f => f.Stage).ThenBy(f => f.Position).ToList();
        var stages = flows.Select(f => new FlowMapStage(StageKey(f), l.Stage(f.Stage, f.CustomStage))).DistinctBy(s => s.Key).ToList();
        var arrows = flows.Select(f =>
        {
            var shared = string.Join(", ", f.Data.Select(d => l.Data(d)));
            var method = l.Method(f.Method);
            var full = l["{0}: from {1} to {2}. {3}. {4}.", l.Stage(f.Stage, f.CustomStage), name(f.FromOrganisationId), name(f.ToOrganisationId), shared, method].Value
                + (string.IsNullOrWhiteSpace(f.Frequency) ? "" : " " + f.Frequency);
            return new FlowMapFlow(f.Id, StageKey(f), f.FromOrganisationId, f.ToOrganisationId, shared, method, full);
        }).ToList();

        var description = l["{0} information flows between {1} partners, stage by stage: {2}. Each arrow starts with a dot at the partner who shares and ends with an arrowhead at the partner who receives, and is labelled with what is shared and how. The Information Flow Reference Table on this page lists the same flows in words.",
            arrows.Count, lanes.Count, string.Join(", ", stages.Select(s => s.Name))].Value;
        return new FlowMapContent(l["Information flow map"], description, lanes, stages, arrows);
    }

    /// <summary>A column's key: the stage, or for a named stage its name too (each named stage is its own column).</summary>
    public static string StageKey(InformationFlow flow)
        => flow.Stage == FlowStage.Custom ? "Custom:" + (flow.CustomStage ?? "").Trim() : flow.Stage.ToString();

    private static FlowMapLane Lane(Guid id, int members, Func<Guid, string> name, IStringLocalizer l)
    {
        var shown = name(id);
        return new FlowMapLane(id, shown, members > 1 ? l["{0}, standing for {1} organisations", shown, members].Value : shown);
    }
}

using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Domain;

namespace SpiPlatform.Protocols.Features.FlowMap;

/// <summary>One lane of the map: a partner entry, labelled with the organisation's name.</summary>
internal sealed record FlowMapLane(Guid OrganisationId, string Name, string FullText);

/// <summary>One column of the map: a stage the agreement's flows use.</summary>
internal sealed record FlowMapStage(string Key, string Name);

/// <summary>One arrow: from the sender's lane to the recipient's, in its stage's column.</summary>
internal sealed record FlowMapFlow(Guid Id, string StageKey, Guid From, Guid To, string Shared, string Method, string FullText);

/// <summary>Everything the map shows, already in the reader's language and in the order it is drawn.</summary>
internal sealed record FlowMapContent(
    string Title,
    string Description,
    IReadOnlyList<FlowMapLane> Lanes,
    IReadOnlyList<FlowMapStage> Stages,
    IReadOnlyList<FlowMapFlow> Flows);

/// <summary>The map as a page shows it, with the id of the flow table that is its accessible alternative.</summary>
internal sealed record FlowMapView(FlowMapContent Content, string TableId)
{
    /// <summary>The id of the agreement page's Information Flow Reference Table.</summary>
    public const string AgreementTableId = "flow-reference-table";

    /// <summary>The id of the draft editor's flow table.</summary>
    public const string EditorTableId = "flow-rows";

    public static FlowMapView OnAgreementPage(Agreement agreement, Func<Guid, string> name, IStringLocalizer l)
        => new(FlowMapOfAgreement.For(agreement, name, l), AgreementTableId);

    public static FlowMapView InEditor(Agreement agreement, Func<Guid, string> name, IStringLocalizer l)
        => new(FlowMapOfAgreement.For(agreement, name, l), EditorTableId);
}

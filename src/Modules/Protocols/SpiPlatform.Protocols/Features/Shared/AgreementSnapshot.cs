using System.Text.Json;
using System.Text.Json.Serialization;
using SpiPlatform.Protocols.Domain;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>An agreement frozen as JSON for its versions, and what changed between two of them.</summary>
internal static class AgreementSnapshot
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Of(Agreement a) => JsonSerializer.Serialize(new SnapshotData(
        a.Kind.ToString(), a.TitleEn, a.TitleCy, a.SummaryEn, a.SummaryCy, a.Purpose, a.ServiceArea.ToString(),
        [.. a.Regions.Select(r => r.ToString())], a.CoordinatorId,
        [.. a.Partners.OrderBy(p => p.OrganisationId).Select(p => $"{p.OrganisationId}:{p.Role}")],
        a.ServiceUsers, [.. a.DataCategories.Select(d => d.ToString())], a.ConsentRequired, [.. a.Gateways],
        a.OtherLegalBasis, a.ConsentHowObtained, a.ConsentReviewInterval, a.ConsentOverrideCriteria, a.SecurityNotes, a.RetentionNotes,
        a.ReviewDue, a.DpiaReference, a.DpiaStatus, a.Status.ToString(),
        [.. a.Flows.OrderBy(f => f.Position).Select(f => new FlowData(f.Id, f.Stage.ToString(), f.CustomStage, f.FromOrganisationId, f.ToOrganisationId,
            [.. f.Data.Select(d => d.ToString())], f.Method.ToString(), f.Frequency, f.LegalBases))]), Json);

    public static SnapshotData Read(string json) => JsonSerializer.Deserialize<SnapshotData>(json, Json)!;
}

internal sealed record SnapshotData(
    string Kind, string TitleEn, string TitleCy, string SummaryEn, string SummaryCy, string Purpose, string ServiceArea,
    List<string> Regions, Guid CoordinatorId, List<string> Partners, string ServiceUsers, List<string> DataCategories,
    bool ConsentRequired, List<string> Gateways, string? OtherLegalBasis, string? ConsentHowObtained, string? ConsentReviewInterval,
    string? ConsentOverrideCriteria, string? SecurityNotes, string? RetentionNotes, DateOnly ReviewDue, string? DpiaReference,
    string? DpiaStatus, string Status, List<FlowData> Flows);

/// <param name="LegalBases">Absent from snapshots frozen before flows had bases.</param>
internal sealed record FlowData(Guid Id, string Stage, string? CustomStage, Guid From, Guid To, List<string> Data, string Method, string Frequency,
    List<string>? LegalBases = null);

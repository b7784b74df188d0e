using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>A frozen version read back as an agreement (not tracked, never saved), so the document is written one way for both.</summary>
internal static class SnapshotAgreement
{
    public static Agreement From(Agreement current, SnapshotData s) => new()
    {
        Id = current.Id,
        Reference = current.Reference,
        Kind = Enum.Parse<AgreementKind>(s.Kind),
        TitleEn = s.TitleEn,
        TitleCy = s.TitleCy,
        SummaryEn = s.SummaryEn,
        SummaryCy = s.SummaryCy,
        Purpose = s.Purpose,
        ServiceArea = Enum.Parse<AgreementServiceArea>(s.ServiceArea),
        Regions = [.. s.Regions.Select(r => Enum.TryParse<ServiceArea>(r, out var area) ? (ServiceArea?)area : null).OfType<ServiceArea>()],
        CoordinatorId = s.CoordinatorId,
        Partners = [.. s.Partners.Select(p => p.Split(':')).Select(p => new AgreementPartner
        {
            AgreementId = current.Id, OrganisationId = Guid.Parse(p[0]), Role = Enum.Parse<PartnerRole>(p[1]),
        })],
        ServiceUsers = s.ServiceUsers,
        DataCategories = [.. s.DataCategories.Select(Enum.Parse<DataCategory>)],
        ConsentRequired = s.ConsentRequired,
        Gateways = [.. s.Gateways],
        OtherLegalBasis = s.OtherLegalBasis,
        ConsentHowObtained = s.ConsentHowObtained,
        ConsentReviewInterval = s.ConsentReviewInterval,
        ConsentOverrideCriteria = s.ConsentOverrideCriteria,
        Flows = [.. s.Flows.Select((f, i) => new InformationFlow
        {
            Id = f.Id, AgreementId = current.Id, Position = i, Stage = Enum.Parse<FlowStage>(f.Stage), CustomStage = f.CustomStage,
            FromOrganisationId = f.From, ToOrganisationId = f.To, Data = [.. f.Data.Select(Enum.Parse<DataCategory>)],
            Method = Enum.Parse<FlowMethod>(f.Method), Frequency = f.Frequency, LegalBases = f.LegalBases,
        })],
        SecurityNotes = s.SecurityNotes,
        RetentionNotes = s.RetentionNotes,
        ReviewDue = s.ReviewDue,
        DpiaReference = s.DpiaReference,
        DpiaStatus = s.DpiaStatus,
        Status = Enum.Parse<AgreementStatus>(s.Status),
        CreatedAt = current.CreatedAt,
    };
}

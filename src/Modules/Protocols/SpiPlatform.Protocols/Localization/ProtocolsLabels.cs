using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.Localization;

/// <summary>Display names for the library's enums, in the reader's language.</summary>
internal static class ProtocolsLabels
{
    public static string Kind(this IStringLocalizer l, AgreementKind kind) => l[kind switch
    {
        AgreementKind.Isp => "Information Sharing Protocol",
        AgreementKind.Dda => "Data Disclosure Agreement",
        _ => kind.ToString(),
    }];

    public static string Status(this IStringLocalizer l, AgreementStatus status) => l[status switch
    {
        AgreementStatus.Draft => "Draft",
        AgreementStatus.InQualityAssurance => "In quality assurance",
        AgreementStatus.QualityAssured => "Quality assured",
        AgreementStatus.AwaitingSignOff => "Awaiting sign-off",
        AgreementStatus.Live => "Live",
        AgreementStatus.UnderReview => "Under review",
        AgreementStatus.Superseded => "Superseded",
        AgreementStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    }];

    public static string Service(this IStringLocalizer l, AgreementServiceArea area) => l[area switch
    {
        AgreementServiceArea.ChildrenAndFamilies => "Children and families",
        AgreementServiceArea.IntegratedHealthAndSocialCare => "Integrated health and social care",
        AgreementServiceArea.DomesticAbuse => "Domestic abuse",
        AgreementServiceArea.AdultSafeguarding => "Adult safeguarding",
        AgreementServiceArea.PublicProtection => "Public protection",
        AgreementServiceArea.MentalHealth => "Mental health",
        AgreementServiceArea.Education => "Education",
        AgreementServiceArea.Housing => "Housing",
        AgreementServiceArea.CommunitySafety => "Community safety",
        AgreementServiceArea.Other => "Other",
        _ => area.ToString(),
    }];

    public static string Data(this IStringLocalizer l, DataCategory category) => l[category switch
    {
        DataCategory.Demographic => "Demographic details",
        DataCategory.PhysicalHealth => "Physical health",
        DataCategory.MentalHealth => "Mental health and well-being",
        DataCategory.SocialCare => "Social care",
        DataCategory.Risks => "Risks",
        DataCategory.Environmental => "Environmental circumstances",
        DataCategory.Financial => "Financial circumstances",
        DataCategory.Relationships => "Relationships",
        DataCategory.Medication => "Medication",
        DataCategory.CriminalJustice => "Criminal justice",
        DataCategory.ChildDevelopment => "Child development",
        DataCategory.EducationRecords => "Education and attendance",
        DataCategory.HousingRecords => "Housing and tenancy",
        DataCategory.PersonalCare => "Personal care needs",
        _ => category.ToString(),
    }];

    public static string BasisGroup(this IStringLocalizer l, Domain.LegalBasisGroup group) => l[group switch
    {
        Domain.LegalBasisGroup.UkGdprArticle6 => "UK GDPR Article 6(1): lawful basis",
        Domain.LegalBasisGroup.UkGdprArticle9 => "UK GDPR Article 9(2): special category data",
        Domain.LegalBasisGroup.Dpa2018Schedule1 => "Data Protection Act 2018, Schedule 1 conditions",
        Domain.LegalBasisGroup.StatutoryGateway => "Statutory gateways",
        Domain.LegalBasisGroup.WelshStatute => "Welsh statutes",
        _ => group.ToString(),
    }];

    /// <summary>A basis from the list in the reader's language, marked when its law was repealed.</summary>
    public static string Basis(this IStringLocalizer l, Domain.LegalBasis basis)
    {
        var name = Bilingual.Pick(basis.NameEn, basis.NameCy);
        return basis.Repealed ? l["{0} (repealed)", name] : name;
    }

    /// <summary>A cited code as the list names it; a code no longer on the list shows as itself.</summary>
    public static string Basis(this IStringLocalizer l, Domain.LegalBasisLaw law, string code)
        => law.Find(code) is { } basis ? l.Basis(basis) : code;

    /// <summary>A legal-basis facet value as LibrarySearch reports it: CONSENT, OTHER or a code in CONSTANT_CASE.</summary>
    public static string LegalBasis(this IStringLocalizer l, string value, Domain.LegalBasisLaw law) => value switch
    {
        LegalBases.Consent => l["Consent"],
        LegalBases.Other => l["Other legal basis"],
        _ => l.Basis(law, Domain.LegalBasisCodes.FromConstant(value)),
    };

    public static string Stage(this IStringLocalizer l, FlowStage stage, string? custom) => stage == FlowStage.Custom && !string.IsNullOrWhiteSpace(custom) ? custom : l[stage switch
    {
        FlowStage.Referral => "Referral",
        FlowStage.Assessment => "Assessment",
        FlowStage.Allocation => "Allocation",
        FlowStage.Intervention => "Intervention",
        FlowStage.Review => "Review",
        FlowStage.Closure => "Closure",
        FlowStage.Custom => "Other stage",
        _ => stage.ToString(),
    }];

    public static string Method(this IStringLocalizer l, FlowMethod method) => l[method switch
    {
        FlowMethod.Meeting => "At a meeting",
        FlowMethod.SecureEmail => "Secure email",
        FlowMethod.Telephone => "Telephone",
        FlowMethod.SystemAccess => "System access",
        FlowMethod.HardCopy => "Paper copy",
        FlowMethod.Fax => "Fax",
        _ => method.ToString(),
    }];

    public static string Role(this IStringLocalizer l, PartnerRole role) => l[role switch
    {
        PartnerRole.Coordinator => "Coordinator",
        PartnerRole.Partner => "Partner",
        PartnerRole.Discloser => "Discloser",
        PartnerRole.Recipient => "Recipient",
        _ => role.ToString(),
    }];
}

/// <summary>The legal-basis facet values that are not statutory gateways.</summary>
internal static class LegalBases
{
    public const string Consent = "CONSENT";
    public const string Other = "OTHER";
}

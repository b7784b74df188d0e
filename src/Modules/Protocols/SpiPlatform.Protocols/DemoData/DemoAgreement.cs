using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.DemoData;

/// <summary>
/// One case-study agreement as demo data; partners and flow ends are organisation names from the Signatories demo register.
/// The dates say where it stood when the case study was written; <see cref="ReturnedOn"/> is when QA returned it for amendment.
/// <see cref="FlowBases"/> are the legal-basis codes every one of its flows relies on.
/// </summary>
internal sealed record DemoAgreement(
    string Reference,
    AgreementKind Kind,
    string TitleEn,
    string TitleCy,
    string SummaryEn,
    string SummaryCy,
    string Purpose,
    AgreementServiceArea ServiceArea,
    IReadOnlyList<string> Regions,
    string Coordinator,
    IReadOnlyList<string> Partners,
    string ServiceUsers,
    IReadOnlyList<DataCategory> DataCategories,
    bool ConsentBased,
    IReadOnlyList<string> Gateways,
    string? OtherLegalBasis,
    DemoConsent? Consent,
    IReadOnlyList<DemoFlow> Flows,
    AgreementStatus Status,
    DateOnly DevelopmentStarted,
    int? PractitionerHours,
    DateOnly? SubmittedForQa,
    DateOnly? QualityAssuredOn,
    DateOnly? LiveOn,
    DateOnly ReviewDue,
    string SecurityNotes,
    string CaseStudy,
    DateOnly? ReturnedOn = null,
    IReadOnlyList<string>? FlowBases = null);

/// <summary>How consent is handled.</summary>
internal sealed record DemoConsent(string HowObtained, string? ReviewInterval, string? OverrideCriteria);

/// <summary>One row of the Information Flow Reference Table.</summary>
internal sealed record DemoFlow(
    FlowStage Stage,
    string? CustomStage,
    string From,
    string To,
    IReadOnlyList<DataCategory> Data,
    FlowMethod Method,
    string Frequency);

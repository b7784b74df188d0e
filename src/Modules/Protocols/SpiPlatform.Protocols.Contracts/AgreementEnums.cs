namespace SpiPlatform.Protocols.Contracts;

/// <summary>An Information Sharing Protocol (regular, reciprocal sharing) or a Data Disclosure Agreement (one-way disclosure).</summary>
public enum AgreementKind
{
    /// <summary>Information Sharing Protocol.</summary>
    Isp,
    /// <summary>Data Disclosure Agreement.</summary>
    Dda,
}

/// <summary>Where an agreement is in its life; the Quality Assurance module drives the transitions after Draft.</summary>
public enum AgreementStatus
{
    /// <summary>Being written by its partners.</summary>
    Draft,
    /// <summary>Submitted to the WASPI team for quality assurance.</summary>
    InQualityAssurance,
    /// <summary>Passed quality assurance.</summary>
    QualityAssured,
    /// <summary>Waiting for every partner's authorised signatory.</summary>
    AwaitingSignOff,
    /// <summary>Signed off by every partner and in use.</summary>
    Live,
    /// <summary>Being reviewed after go-live.</summary>
    UnderReview,
    /// <summary>Replaced by a newer agreement.</summary>
    Superseded,
    /// <summary>No longer in use.</summary>
    Withdrawn,
}

/// <summary>The kind of service an agreement supports.</summary>
public enum AgreementServiceArea
{
    /// <summary>Children and families.</summary>
    ChildrenAndFamilies,
    /// <summary>Integrated health and social care.</summary>
    IntegratedHealthAndSocialCare,
    /// <summary>Domestic abuse.</summary>
    DomesticAbuse,
    /// <summary>Adult safeguarding.</summary>
    AdultSafeguarding,
    /// <summary>Public protection.</summary>
    PublicProtection,
    /// <summary>Mental health.</summary>
    MentalHealth,
    /// <summary>Education.</summary>
    Education,
    /// <summary>Housing.</summary>
    Housing,
    /// <summary>Community safety.</summary>
    CommunitySafety,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The controlled list of kinds of personal information shared.</summary>
public enum DataCategory
{
    /// <summary>Name, address, date of birth and other identifying details.</summary>
    Demographic,
    /// <summary>Physical health.</summary>
    PhysicalHealth,
    /// <summary>Mental health and well-being.</summary>
    MentalHealth,
    /// <summary>Social care records and needs.</summary>
    SocialCare,
    /// <summary>Identified risks to the person or others.</summary>
    Risks,
    /// <summary>Environmental circumstances (home, neighbourhood).</summary>
    Environmental,
    /// <summary>Financial circumstances and benefits.</summary>
    Financial,
    /// <summary>Family and other relationships.</summary>
    Relationships,
    /// <summary>Medication.</summary>
    Medication,
    /// <summary>Offending, convictions and criminal justice.</summary>
    CriminalJustice,
    /// <summary>A child's development.</summary>
    ChildDevelopment,
    /// <summary>Education and attendance.</summary>
    EducationRecords,
    /// <summary>Housing and tenancy.</summary>
    HousingRecords,
    /// <summary>Personal care needs.</summary>
    PersonalCare,
}

/// <summary>Statutory gateways that can be the legal basis for sharing.</summary>
public enum StatutoryGateway
{
    /// <summary>Crime and Disorder Act 1998, section 115.</summary>
    CrimeAndDisorderAct1998Section115,
    /// <summary>Mental Health Act 1983 as amended by the Mental Health Act 2007.</summary>
    MentalHealthAct2007,
    /// <summary>Children Act 1989.</summary>
    ChildrenAct1989,
    /// <summary>Children Act 2004.</summary>
    ChildrenAct2004,
    /// <summary>National Health Service (Wales) Act 2006.</summary>
    NhsWalesAct2006,
    /// <summary>Criminal Justice Act 2003 (MAPPA).</summary>
    CriminalJusticeAct2003,
    /// <summary>Local Government Act 2000 (well-being powers).</summary>
    LocalGovernmentAct2000,
    /// <summary>NHS and Community Care Act 1990.</summary>
    NhsAndCommunityCareAct1990,
    /// <summary>Housing Act 1996.</summary>
    HousingAct1996,
    /// <summary>Education Act 2002.</summary>
    EducationAct2002,
    /// <summary>Data Protection Act 1998.</summary>
    DataProtectionAct1998,
}

/// <summary>Stages at which information flows between partners.</summary>
public enum FlowStage
{
    /// <summary>Referral.</summary>
    Referral,
    /// <summary>Assessment.</summary>
    Assessment,
    /// <summary>Allocation.</summary>
    Allocation,
    /// <summary>Intervention.</summary>
    Intervention,
    /// <summary>Review.</summary>
    Review,
    /// <summary>Closure.</summary>
    Closure,
    /// <summary>A stage named by the agreement (e.g. strategy meeting).</summary>
    Custom,
}

/// <summary>How information is passed.</summary>
public enum FlowMethod
{
    /// <summary>At a meeting.</summary>
    Meeting,
    /// <summary>By secure email.</summary>
    SecureEmail,
    /// <summary>By telephone.</summary>
    Telephone,
    /// <summary>By access to a shared or partner system.</summary>
    SystemAccess,
    /// <summary>On paper.</summary>
    HardCopy,
    /// <summary>By fax.</summary>
    Fax,
}

/// <summary>The part a partner plays in an agreement.</summary>
public enum PartnerRole
{
    /// <summary>Leads development and upkeep (the ISP coordinator's organisation).</summary>
    Coordinator,
    /// <summary>Shares and receives information.</summary>
    Partner,
    /// <summary>Discloses only (DDA).</summary>
    Discloser,
    /// <summary>Receives only (DDA).</summary>
    Recipient,
}

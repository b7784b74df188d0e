namespace SpiPlatform.Protocols.Domain;

/// <summary>How the legal-bases list is grouped, in the order the editor shows the groups.</summary>
internal enum LegalBasisGroup
{
    /// <summary>UK GDPR Article 6(1): the lawful basis for processing.</summary>
    UkGdprArticle6,
    /// <summary>UK GDPR Article 9(2): the condition for special category data.</summary>
    UkGdprArticle9,
    /// <summary>Data Protection Act 2018, Schedule 1 conditions.</summary>
    Dpa2018Schedule1,
    /// <summary>Statutory gateways (Acts that permit or require sharing).</summary>
    StatutoryGateway,
    /// <summary>Acts of the Senedd.</summary>
    WelshStatute,
}

/// <summary>
/// One entry of the managed list of legal bases an agreement or flow may cite, by its code. The programme team adds
/// and retires entries; a retired or repealed entry stays on the agreements that cite it but is not offered again.
/// </summary>
internal sealed class LegalBasis
{
    public const int MaxCodeLength = 100;
    public const int MaxNameLength = 300;

    /// <summary>PascalCase; the statutory gateways keep the enum names agreements already store (ADR 0021).</summary>
    public required string Code { get; init; }
    public required string NameEn { get; set; }
    public required string NameCy { get; set; }
    public LegalBasisGroup Group { get; set; }

    /// <summary>The law was repealed (the Data Protection Act 1998): shown as such, never chosen for a new draft.</summary>
    public bool Repealed { get; set; }

    /// <summary>When the programme team took the entry off the list.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
    public int SortOrder { get; set; }
    public int Version { get; set; } = 1;

    /// <summary>Whether a draft that does not already cite it may choose it.</summary>
    public bool IsCurrent => !Repealed && RetiredAt is null;
}

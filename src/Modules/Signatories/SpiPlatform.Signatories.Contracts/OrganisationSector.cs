namespace SpiPlatform.Signatories.Contracts;

/// <summary>The kind of public, voluntary or private body an Accord signatory is.</summary>
public enum OrganisationSector
{
    /// <summary>Local health board or NHS trust.</summary>
    HealthBoard,
    /// <summary>County or county borough council.</summary>
    LocalAuthority,
    /// <summary>Police force.</summary>
    Police,
    /// <summary>Probation service.</summary>
    Probation,
    /// <summary>Fire and rescue service.</summary>
    FireAndRescue,
    /// <summary>Ambulance service.</summary>
    Ambulance,
    /// <summary>Housing association or community housing body.</summary>
    HousingAssociation,
    /// <summary>Voluntary or third-sector organisation.</summary>
    VoluntarySector,
    /// <summary>General practice.</summary>
    GpPractice,
    /// <summary>School, college, university or nursery.</summary>
    Education,
    /// <summary>Care home or domiciliary care provider.</summary>
    CareProvider,
    /// <summary>Other private provider (e.g. registered child minder).</summary>
    PrivateProvider,
    /// <summary>Regulator or inspectorate.</summary>
    Regulator,
    /// <summary>Government department or agency.</summary>
    Government,
}

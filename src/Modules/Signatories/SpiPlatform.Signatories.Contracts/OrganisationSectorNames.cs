namespace SpiPlatform.Signatories.Contracts;

/// <summary>The English name of each sector, which every module uses as the key of its Welsh translation.</summary>
public static class OrganisationSectorNames
{
    /// <summary>The sector's English name.</summary>
    public static string English(OrganisationSector sector) => sector switch
    {
        OrganisationSector.HealthBoard => "Health board or NHS trust",
        OrganisationSector.LocalAuthority => "Local authority",
        OrganisationSector.Police => "Police",
        OrganisationSector.Probation => "Probation",
        OrganisationSector.FireAndRescue => "Fire and rescue",
        OrganisationSector.Ambulance => "Ambulance",
        OrganisationSector.HousingAssociation => "Housing association",
        OrganisationSector.VoluntarySector => "Voluntary or third sector",
        OrganisationSector.GpPractice => "GP practice",
        OrganisationSector.Education => "Education",
        OrganisationSector.CareProvider => "Care provider",
        OrganisationSector.PrivateProvider => "Private provider",
        OrganisationSector.Regulator => "Regulator or inspectorate",
        OrganisationSector.Government => "Government",
        _ => sector.ToString(),
    };
}

using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Signatories.Contracts;

/// <summary>
/// The name of each sector in English and Welsh. The register owns them, so every module (a register page, a
/// library facet) shows a sector by the same words.
/// </summary>
public static class OrganisationSectorNames
{
    /// <summary>The sector's name in the reader's language.</summary>
    public static string Of(OrganisationSector sector) => Of(sector, Bilingual.IsWelsh);

    /// <summary>The sector's name in Welsh or English.</summary>
    public static string Of(OrganisationSector sector, bool welsh)
        => Names.TryGetValue(sector, out var n) ? (welsh ? n.Cy : n.En) : sector.ToString();

    private static readonly Dictionary<OrganisationSector, (string En, string Cy)> Names = new()
    {
        [OrganisationSector.HealthBoard] = ("Health board or NHS trust", "Bwrdd iechyd neu ymddiriedolaeth GIG"),
        [OrganisationSector.LocalAuthority] = ("Local authority", "Awdurdod lleol"),
        [OrganisationSector.Police] = ("Police", "Heddlu"),
        [OrganisationSector.Probation] = ("Probation", "Gwasanaeth prawf"),
        [OrganisationSector.FireAndRescue] = ("Fire and rescue", "Tân ac achub"),
        [OrganisationSector.Ambulance] = ("Ambulance", "Ambiwlans"),
        [OrganisationSector.HousingAssociation] = ("Housing association", "Cymdeithas dai"),
        [OrganisationSector.VoluntarySector] = ("Voluntary or third sector", "Sector gwirfoddol neu'r trydydd sector"),
        [OrganisationSector.GpPractice] = ("GP practice", "Practis meddyg teulu"),
        [OrganisationSector.Education] = ("Education", "Addysg"),
        [OrganisationSector.CareProvider] = ("Care provider", "Darparwr gofal"),
        [OrganisationSector.PrivateProvider] = ("Private provider", "Darparwr preifat"),
        [OrganisationSector.Regulator] = ("Regulator or inspectorate", "Rheoleiddiwr neu arolygiaeth"),
        [OrganisationSector.Government] = ("Government", "Llywodraeth"),
    };
}

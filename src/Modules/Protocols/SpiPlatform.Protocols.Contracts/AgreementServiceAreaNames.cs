using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.Contracts;

/// <summary>The English and Welsh names of the service areas, for other modules' pages and exports.</summary>
public static class AgreementServiceAreaNames
{
    /// <summary>The service area's name in the reader's language.</summary>
    public static string Of(AgreementServiceArea area) => Of(area, Bilingual.IsWelsh);

    /// <summary>The service area's name in Welsh or English.</summary>
    public static string Of(AgreementServiceArea area, bool welsh) => Names.TryGetValue(area, out var n) ? (welsh ? n.Cy : n.En) : area.ToString();

    private static readonly Dictionary<AgreementServiceArea, (string En, string Cy)> Names = new()
    {
        [AgreementServiceArea.ChildrenAndFamilies] = ("Children and families", "Plant a theuluoedd"),
        [AgreementServiceArea.IntegratedHealthAndSocialCare] = ("Integrated health and social care", "Iechyd a gofal cymdeithasol integredig"),
        [AgreementServiceArea.DomesticAbuse] = ("Domestic abuse", "Cam-drin domestig"),
        [AgreementServiceArea.AdultSafeguarding] = ("Adult safeguarding", "Diogelu oedolion"),
        [AgreementServiceArea.PublicProtection] = ("Public protection", "Diogelu'r cyhoedd"),
        [AgreementServiceArea.MentalHealth] = ("Mental health", "Iechyd meddwl"),
        [AgreementServiceArea.Education] = ("Education", "Addysg"),
        [AgreementServiceArea.Housing] = ("Housing", "Tai"),
        [AgreementServiceArea.CommunitySafety] = ("Community safety", "Diogelwch cymunedol"),
        [AgreementServiceArea.Other] = ("Other", "Arall"),
    };
}

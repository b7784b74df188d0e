using System.Text.Json.Nodes;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.TestKit;

/// <summary>A complete draft agreement between demo-register partners, as createAgreement and updateAgreement take it.</summary>
public static class DemoDrafts
{
    public static readonly Guid Torfaen = DemoOrganisationIds.EditorOrganisation;
    public static readonly Guid HealthBoard = DemoOrganisationIds.Of("Aneurin Bevan Health Board");
    public static readonly Guid Police = DemoOrganisationIds.Of("Gwent Police");

    /// <summary>A Torfaen-coordinated youth offending ISP with the health board and the police as partners.</summary>
    public static JsonObject TorfaenYouthOffending(string title = "Torfaen Youth Offending Information Sharing Protocol") => new()
    {
        ["kind"] = "ISP",
        ["titleEn"] = title,
        ["titleCy"] = "Protocol Rhannu Gwybodaeth Troseddu Ieuenctid Torfaen",
        ["summaryEn"] = "Partners share information about young people at risk of offending.",
        ["purpose"] = "To agree support plans early.",
        ["serviceArea"] = "COMMUNITY_SAFETY",
        ["regions"] = new JsonArray("TORFAEN"),
        ["coordinatorId"] = Torfaen.ToString(),
        ["partners"] = new JsonArray(new JsonObject { ["organisationId"] = HealthBoard.ToString() }, new JsonObject { ["organisationId"] = Police.ToString() }),
        ["serviceUsers"] = "Young people aged 10 to 17",
        ["dataCategories"] = new JsonArray("DEMOGRAPHIC", "CRIMINAL_JUSTICE"),
        ["consentRequired"] = false,
        ["gateways"] = new JsonArray("CRIME_AND_DISORDER_ACT_1998_SECTION_115"),
        ["reviewDue"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
    };
}

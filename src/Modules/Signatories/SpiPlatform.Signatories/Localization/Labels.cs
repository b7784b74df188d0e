using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Localization;

/// <summary>Display names for the register's enums, in the reader's language.</summary>
internal static class Labels
{
    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    public static string Sector(this IStringLocalizer l, OrganisationSector sector) => l[sector switch
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
    }];

    public static string Area(this IStringLocalizer l, ServiceArea area) => IsWelsh ? AreaNames[area].Cy : AreaNames[area].En;

    public static string Status(this IStringLocalizer l, AccordStatus status) => l[status switch
    {
        AccordStatus.NotSigned => "Not signed",
        AccordStatus.Pending => "Awaiting verification",
        AccordStatus.Active => "Active",
        AccordStatus.Rejected => "Not verified",
        AccordStatus.Withdrawn => "Withdrawn",
        AccordStatus.Lapsed => "Lapsed",
        _ => status.ToString(),
    }];

    /// <summary>The organisation's name in the reader's language.</summary>
    public static string Name(string nameEn, string nameCy) => IsWelsh ? nameCy : nameEn;

    private static readonly Dictionary<ServiceArea, (string En, string Cy)> AreaNames = new()
    {
        [ServiceArea.BlaenauGwent] = ("Blaenau Gwent", "Blaenau Gwent"),
        [ServiceArea.Bridgend] = ("Bridgend", "Pen-y-bont ar Ogwr"),
        [ServiceArea.Caerphilly] = ("Caerphilly", "Caerffili"),
        [ServiceArea.Cardiff] = ("Cardiff", "Caerdydd"),
        [ServiceArea.Carmarthenshire] = ("Carmarthenshire", "Sir Gaerfyrddin"),
        [ServiceArea.Ceredigion] = ("Ceredigion", "Ceredigion"),
        [ServiceArea.Conwy] = ("Conwy", "Conwy"),
        [ServiceArea.Denbighshire] = ("Denbighshire", "Sir Ddinbych"),
        [ServiceArea.Flintshire] = ("Flintshire", "Sir y Fflint"),
        [ServiceArea.Gwynedd] = ("Gwynedd", "Gwynedd"),
        [ServiceArea.IsleOfAnglesey] = ("Isle of Anglesey", "Ynys Môn"),
        [ServiceArea.MerthyrTydfil] = ("Merthyr Tydfil", "Merthyr Tudful"),
        [ServiceArea.Monmouthshire] = ("Monmouthshire", "Sir Fynwy"),
        [ServiceArea.NeathPortTalbot] = ("Neath Port Talbot", "Castell-nedd Port Talbot"),
        [ServiceArea.Newport] = ("Newport", "Casnewydd"),
        [ServiceArea.Pembrokeshire] = ("Pembrokeshire", "Sir Benfro"),
        [ServiceArea.Powys] = ("Powys", "Powys"),
        [ServiceArea.RhonddaCynonTaf] = ("Rhondda Cynon Taf", "Rhondda Cynon Taf"),
        [ServiceArea.Swansea] = ("Swansea", "Abertawe"),
        [ServiceArea.Torfaen] = ("Torfaen", "Tor-faen"),
        [ServiceArea.ValeOfGlamorgan] = ("Vale of Glamorgan", "Bro Morgannwg"),
        [ServiceArea.Wrexham] = ("Wrexham", "Wrecsam"),
        [ServiceArea.AllWales] = ("All Wales", "Cymru gyfan"),
        [ServiceArea.OutsideWales] = ("Outside Wales", "Y tu allan i Gymru"),
    };
}

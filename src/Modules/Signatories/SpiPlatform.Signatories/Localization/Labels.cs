using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Localization;

/// <summary>Display names for the register's enums, in the reader's language.</summary>
internal static class Labels
{
    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    public static string Sector(this IStringLocalizer l, OrganisationSector sector) => l[OrganisationSectorNames.English(sector)];

    public static string Area(this IStringLocalizer l, ServiceArea area) => ServiceAreaNames.Of(area, IsWelsh);

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
}

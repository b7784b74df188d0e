using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Localization;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>How the facilitator pages word languages, availability and areas in the reader's language.</summary>
internal static class FacilitatorText
{
    /// <summary>The areas a facilitator may list and a finder may ask for, all of Wales last.</summary>
    public static IReadOnlyList<ServiceArea> Areas { get; } =
        [.. Enum.GetValues<ServiceArea>().Where(a => a is not ServiceArea.OutsideWales and not ServiceArea.AllWales).OrderBy(ServiceAreaNames.Of), ServiceArea.AllWales];

    public static string Language(this IStringLocalizer<TrainingResource> l, FacilitatorLanguage language) => language switch
    {
        FacilitatorLanguage.English => l["English"],
        FacilitatorLanguage.Welsh => l["Welsh"],
        _ => l["Welsh and English"],
    };

    public static string Availability(this IStringLocalizer<TrainingResource> l, FacilitatorAvailability availability) => availability switch
    {
        FacilitatorAvailability.Available => l["Available"],
        FacilitatorAvailability.Limited => l["Limited availability"],
        _ => l["Not available"],
    };

    public static string AreaList(IEnumerable<ServiceArea> areas) => string.Join(", ", areas.Select(ServiceAreaNames.Of));
}

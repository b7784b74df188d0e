using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Localization;

/// <summary>Display names for the register's own enums, in the reader's language (sector and area names live in the contracts).</summary>
internal static class Labels
{
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
}

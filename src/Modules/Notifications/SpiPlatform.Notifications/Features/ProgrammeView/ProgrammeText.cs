using Microsoft.Extensions.Localization;

namespace SpiPlatform.Notifications.Features.ProgrammeView;

/// <summary>How the programme view says where a review or renewal stands.</summary>
internal static class ProgrammeText
{
    public static string ReviewState(ReviewDue r, IStringLocalizer l) => r switch
    {
        { Agreement.ReviewLapsed: true } => l["Review lapsed"],
        { DaysFromToday: < 0 } => l["Overdue by {0} days", -r.DaysFromToday],
        { DaysFromToday: 0 } => l["Due today"],
        _ => l["Due in {0} days", r.DaysFromToday],
    };

    public static string RenewalState(RenewalDue r, IStringLocalizer l) => r.DaysFromToday switch
    {
        < 0 => l["Overdue by {0} days", -r.DaysFromToday],
        0 => l["Due today"],
        _ => l["Due in {0} days", r.DaysFromToday],
    };
}

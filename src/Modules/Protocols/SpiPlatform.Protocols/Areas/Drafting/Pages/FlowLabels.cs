using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Words for the flow table's choices, in the reader's language (English text is the resource key).</summary>
internal static class FlowLabels
{
    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    public static string Stage(this IStringLocalizer l, FlowStage stage, string? custom = null) => stage == FlowStage.Custom && custom is not null
        ? custom
        : l[stage switch
        {
            FlowStage.Referral => "Referral",
            FlowStage.Assessment => "Assessment",
            FlowStage.Allocation => "Allocation",
            FlowStage.Intervention => "Intervention",
            FlowStage.Review => "Review",
            FlowStage.Closure => "Closure",
            _ => "Another stage",
        }];

    public static string Method(this IStringLocalizer l, FlowMethod method) => l[method switch
    {
        FlowMethod.Meeting => "Meeting",
        FlowMethod.SecureEmail => "Secure email",
        FlowMethod.Telephone => "Telephone",
        FlowMethod.SystemAccess => "System access",
        FlowMethod.HardCopy => "Hard copy",
        FlowMethod.Fax => "Fax",
        _ => method.ToString(),
    }];

    public static string Data(this IStringLocalizer l, DataCategory category) => l[category switch
    {
        DataCategory.Demographic => "Demographic",
        DataCategory.PhysicalHealth => "Physical health",
        DataCategory.MentalHealth => "Mental health",
        DataCategory.SocialCare => "Social care",
        DataCategory.Risks => "Risks",
        DataCategory.Environmental => "Environmental",
        DataCategory.Financial => "Financial",
        DataCategory.Relationships => "Relationships",
        DataCategory.Medication => "Medication",
        DataCategory.CriminalJustice => "Criminal justice",
        DataCategory.ChildDevelopment => "Child development",
        DataCategory.EducationRecords => "Education",
        DataCategory.HousingRecords => "Housing",
        DataCategory.PersonalCare => "Personal care",
        _ => category.ToString(),
    }];
}

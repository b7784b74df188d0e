using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Contracts;

namespace SpiPlatform.QualityAssurance.Localization;

/// <summary>Display names for the module's enums, in the reader's language.</summary>
internal static class QaLabels
{
    public static string State(this IStringLocalizer l, QaSubmissionState state) => l[state switch
    {
        QaSubmissionState.Waiting => "Waiting",
        QaSubmissionState.InReview => "In review",
        QaSubmissionState.Returned => "Returned",
        QaSubmissionState.QualityAssured => "Quality assured",
        _ => state.ToString(),
    }];
}

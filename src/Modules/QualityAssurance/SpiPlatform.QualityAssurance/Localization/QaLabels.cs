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
        QaSubmissionState.AwaitingSignOff => "Awaiting sign-off",
        QaSubmissionState.SignedOff => "Signed off",
        _ => state.ToString(),
    }];

    public static string SignOffState(this IStringLocalizer l, Domain.SignOffState state) => l[state switch
    {
        Domain.SignOffState.Signed => "Signed",
        Domain.SignOffState.Declined => "Declined",
        _ => "Outstanding",
    }];
}

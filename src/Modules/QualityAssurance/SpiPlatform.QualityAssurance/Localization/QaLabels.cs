using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;

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

    public static string Sla(this IStringLocalizer l, SlaState state) => l[state switch
    {
        SlaState.OnTrack => "On track",
        SlaState.DueSoon => "Due soon",
        SlaState.Overdue => "Overdue",
        SlaState.Met => "Within target",
        _ => "Over target",
    }];

    public static string Result(this IStringLocalizer l, ChecklistResult result) => l[result switch
    {
        ChecklistResult.Met => "Met",
        ChecklistResult.NotMet => "Not met",
        ChecklistResult.NotApplicable => "Not applicable",
        _ => result.ToString(),
    }];

    public static string Side(this IStringLocalizer l, CommentSide side) => l[side switch
    {
        CommentSide.Reviewer => "QA reviewer",
        CommentSide.Partners => "Partners",
        _ => side.ToString(),
    }];

    public static string FlowChange(this IStringLocalizer l, FlowChangeKind change) => l[change switch
    {
        FlowChangeKind.Added => "Added",
        FlowChangeKind.Removed => "Removed",
        FlowChangeKind.Changed => "Changed",
        _ => change.ToString(),
    }];

    public static string SignOffState(this IStringLocalizer l, Domain.SignOffState state) => l[state switch
    {
        Domain.SignOffState.Signed => "Signed",
        Domain.SignOffState.Declined => "Declined",
        _ => "Outstanding",
    }];
}

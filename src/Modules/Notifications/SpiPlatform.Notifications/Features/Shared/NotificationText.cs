using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Notifications.Features.Shared;

/// <summary>A notification's title and text in the current UI language: the row keeps the template's values, not the words.</summary>
internal static class NotificationText
{
    public static string Title(Notification n, IStringLocalizer l) => (n.Kind, n.Offset) switch
    {
        (NotificationKinds.AgreementReviewDue, < 0) => l["Review of {0} due in {1} days", Label(n), -n.Offset],
        (NotificationKinds.AgreementReviewDue, 0) => l["Review of {0} is due today", Label(n)],
        (NotificationKinds.AgreementReviewDue, _) => l["Review of {0} is {1} days overdue", Label(n), n.Offset],
        (NotificationKinds.AccordRenewalDue, _) => l["Accord renewal for {0} due in {1} days", Label(n), -n.Offset],
        (NotificationKinds.AgreementReviewLapsed, _) => l["The review of {0} has lapsed", Label(n)],
        (NotificationKinds.SignOffOutstanding, _) => l["Sign-off of {0} is waiting for your organisation", Label(n)],
        (NotificationKinds.ComplianceCheckDue, _) => l["Compliance check of {0} is due", Label(n)],
        (NotificationKinds.QaTurnaroundDueSoon, _) => l["QA of {0} is due by {1}", Label(n), Date(n.DueOn)],
        (NotificationKinds.QaTurnaroundOverdue, _) => l["QA of {0} is past its turnaround target", Label(n)],
        (NotificationKinds.ConsentReviewDue, < 0) => l["Consent review for {0} due in {1} days", Label(n), -n.Offset],
        (NotificationKinds.ConsentReviewDue, _) => l["Consent review for {0} is due today", Label(n)],
        (NotificationKinds.SignOffOutstandingSummary, _) => l["Partners yet to sign off {0}", Label(n)],
        _ => n.Kind,
    };

    public static string Body(Notification n, IStringLocalizer l) => (n.Kind, n.Offset) switch
    {
        (NotificationKinds.AgreementReviewDue, <= 0) => l["The agreement {0} is due for review on {1}. Start the review in good time so that it stays live.", Label(n), Date(n.DueOn)],
        (NotificationKinds.AgreementReviewDue, _) => l["The review of the agreement {0} was due on {1} and is now {2} days overdue.", Label(n), Date(n.DueOn), n.Offset],
        (NotificationKinds.AgreementReviewLapsed, _) => l["The review of the agreement {0} was due on {1} and is now {2} days overdue, so the agreement is marked review-lapsed in the library until a new review date is set.", Label(n), Date(n.DueOn), n.Offset],
        (NotificationKinds.SignOffOutstanding, _) => l["Your organisation was asked {1} days ago to sign off the agreement {0}. It goes live only when every partner has signed.", Label(n), n.Offset],
        (NotificationKinds.SignOffOutstandingSummary, _) => l["{0}: these partners have not signed the agreement off {1} days after being asked.", Label(n), n.Offset],
        (NotificationKinds.ComplianceCheckDue, _) => l["The agreement {0} has been live for some months and its compliance check is due on {1}: check with its partners that information is shared as the agreement says, securely, and that their staff know it.", Label(n), Date(n.DueOn)],
        (NotificationKinds.QaTurnaroundDueSoon, _) => l["{0} is waiting for a decision and reaches the QA turnaround target on {1}. Claim it or decide it in good time.", Label(n), Date(n.DueOn)],
        (NotificationKinds.QaTurnaroundOverdue, _) => l["{0} is still waiting for a decision and passed the QA turnaround target on {1}.", Label(n), Date(n.DueOn)],
        (NotificationKinds.ConsentReviewDue, _) => l["The consent arrangements of the agreement {0} say consent is reviewed at set intervals, and the next review is due on {1}. Check that each person's consent still stands and is recorded.", Label(n), Date(n.DueOn)],
        (NotificationKinds.AccordRenewalDue, _) => l["The Accord signature of {0} must be renewed by {1}, or the organisation will lapse from the register.", Label(n), Date(n.DueOn)],
        _ => "",
    };

    private static string Label(Notification n) => Bilingual.Pick(n.SubjectLabelEn, n.SubjectLabelCy);

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}

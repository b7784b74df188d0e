namespace SpiPlatform.Notifications.Contracts;

/// <summary>The kinds of notification the platform sends: each is one reminder rule.</summary>
public static class NotificationKinds
{
    /// <summary>An agreement's review is coming up, due today or overdue; sent to its coordinator's staff.</summary>
    public const string AgreementReviewDue = "agreement-review-due";

    /// <summary>An organisation's Accord signature is due for renewal; sent to the organisation's staff.</summary>
    public const string AccordRenewalDue = "accord-renewal-due";

    /// <summary>An agreement's review is so far overdue that it is marked review-lapsed; sent to its coordinator's staff.</summary>
    public const string AgreementReviewLapsed = "agreement-review-lapsed";

    /// <summary>A partner has not signed a quality-assured agreement off 14 days after being asked; sent to the partner's staff.</summary>
    public const string SignOffOutstanding = "sign-off-outstanding";

    /// <summary>Which partners have not signed off after 14 days, for the coordinator's staff.</summary>
    public const string SignOffOutstandingSummary = "sign-off-outstanding-summary";

    /// <summary>An agreement has been live six months and its compliance check is due; sent to its coordinator's staff.</summary>
    public const string ComplianceCheckDue = "compliance-check-due";

    /// <summary>An agreement's consent arrangements say consent is reviewed at set intervals and one is coming up; to its coordinator's staff.</summary>
    public const string ConsentReviewDue = "consent-review-due";

    /// <summary>A QA round waiting for a decision is within the warning window of its turnaround target; to its group's reviewers.</summary>
    public const string QaTurnaroundDueSoon = "qa-turnaround-due-soon";

    /// <summary>A QA round waiting for a decision has passed its turnaround target; to its group's reviewers.</summary>
    public const string QaTurnaroundOverdue = "qa-turnaround-overdue";

    /// <summary>Every kind, in the order the preferences page lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AgreementReviewDue, AgreementReviewLapsed, ComplianceCheckDue, ConsentReviewDue, AccordRenewalDue, SignOffOutstanding, SignOffOutstandingSummary,
         QaTurnaroundDueSoon, QaTurnaroundOverdue];
}

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

    /// <summary>Every kind, in the order the preferences page lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [AgreementReviewDue, AgreementReviewLapsed, AccordRenewalDue];
}

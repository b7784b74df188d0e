namespace SpiPlatform.QualityAssurance.Contracts;

/// <summary>Where a submission to quality assurance stands.</summary>
public enum QaSubmissionState
{
    /// <summary>In its group's queue, waiting for a reviewer to claim it.</summary>
    Waiting,
    /// <summary>Claimed by a reviewer, who is checking it.</summary>
    InReview,
    /// <summary>Returned to its partners for amendment; resubmitting it opens the next round.</summary>
    Returned,
    /// <summary>Approved: it has a QA reference and date.</summary>
    QualityAssured,
    /// <summary>Quality assured and waiting for every partner's authorised signatory.</summary>
    AwaitingSignOff,
    /// <summary>Signed off by every partner: the agreement is live.</summary>
    SignedOff,
}

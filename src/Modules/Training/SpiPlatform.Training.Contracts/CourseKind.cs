namespace SpiPlatform.Training.Contracts;

/// <summary>The kinds of course in the training catalogue.</summary>
public enum CourseKind
{
    /// <summary>A WASPI briefing for practitioners and partners.</summary>
    WaspiBriefing,
    /// <summary>The course that trains ISP facilitators.</summary>
    IspFacilitatorCourse,
    /// <summary>The course for quality-assurance reviewers.</summary>
    QaReviewerCourse,
    /// <summary>A study day.</summary>
    StudyDay,
    /// <summary>Self-paced e-learning.</summary>
    ELearning,
}

/// <summary>Who a course is for.</summary>
public enum TrainingAudience
{
    /// <summary>Front-line practitioners who share information.</summary>
    Practitioner,
    /// <summary>ISP facilitators.</summary>
    Facilitator,
    /// <summary>Partnership coordinators.</summary>
    Coordinator,
    /// <summary>Information governance officers.</summary>
    InformationGovernanceOfficer,
    /// <summary>Those who sign agreements for their organisation.</summary>
    Signatory,
}

/// <summary>Where a person stands on a session.</summary>
public enum EnrolmentStatus
{
    /// <summary>Holds a place.</summary>
    Enrolled,
    /// <summary>On the waiting list, promoted in arrival order when a place frees.</summary>
    Waiting,
    /// <summary>Gave up their place (or their waiting-list position).</summary>
    Cancelled,
}

namespace SpiPlatform.Training.Contracts;

/// <summary>Where a training need is: identified, planned onto a session, met by a completion, or cancelled.</summary>
public enum TrainingNeedStatus
{
    /// <summary>Raised, not yet planned.</summary>
    Identified,
    /// <summary>Linked to a session of its course.</summary>
    Planned,
    /// <summary>A person of the organisation completed the course.</summary>
    Met,
    /// <summary>Cancelled, with a reason.</summary>
    Cancelled,
}

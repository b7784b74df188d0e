using Welsh = SpiPlatform.SharedKernel.WorkingDays;


namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>Where a round stands against the QA turnaround target.</summary>
internal enum SlaState
{
    /// <summary>Open, with time in hand.</summary>
    OnTrack,
    /// <summary>Open, and due within the warning window.</summary>
    DueSoon,
    /// <summary>Open, and past its due date.</summary>
    Overdue,
    /// <summary>Decided within the target.</summary>
    Met,
    /// <summary>Decided after the target.</summary>
    Missed,
}

/// <summary>A round's turnaround in working days, from the day it was submitted to its decision (or today).</summary>
internal sealed record QaTurnaround(int WorkingDays, int TargetWorkingDays, DateOnly DueOn, SlaState State)
{
    /// <summary>
    /// Measures <paramref name="round"/> in Welsh working days. The clock runs from the submission of the round, so
    /// time spent with the partners after a return is not counted against the reviewers.
    /// </summary>
    public static QaTurnaround Of(QaRound round, DateOnly today, int target, int dueSoonWithin)
    {
        var submitted = Welsh.DateInWales(round.SubmittedAt);
        var due = Welsh.Add(submitted, target);
        if (round.DecidedAt is { } decidedAt)
        {
            var taken = Welsh.Between(submitted, Welsh.DateInWales(decidedAt));
            return new(taken, target, due, taken <= target ? SlaState.Met : SlaState.Missed);
        }
        var elapsed = Welsh.Between(submitted, today);
        var state = today > due ? SlaState.Overdue
            : Welsh.Between(today, due) <= dueSoonWithin ? SlaState.DueSoon
            : SlaState.OnTrack;
        return new(elapsed, target, due, state);
    }
}

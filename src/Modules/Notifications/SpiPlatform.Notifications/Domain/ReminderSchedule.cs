namespace SpiPlatform.Notifications.Domain;

/// <summary>
/// On which days around a due date D a reminder goes out: <see cref="DaysBefore"/> (D−90, D−30), D itself when
/// <see cref="OnTheDay"/>, then every <see cref="OverdueEveryDays"/> days after D (D+7, D+14 …) up to <see cref="OverdueForDays"/>.
/// </summary>
internal sealed record ReminderSchedule(IReadOnlyList<int> DaysBefore, bool OnTheDay, int OverdueEveryDays, int OverdueForDays)
{
    /// <summary>The reminder's offset from the due date (negative before it) if one is due today, else null.</summary>
    public int? OffsetOn(DateOnly due, DateOnly today)
    {
        var offset = today.DayNumber - due.DayNumber;
        return offset switch
        {
            < 0 when DaysBefore.Contains(-offset) => offset,
            0 when OnTheDay => 0,
            > 0 when OverdueEveryDays > 0 && offset % OverdueEveryDays == 0 && offset <= OverdueForDays => offset,
            _ => null,
        };
    }

    /// <summary>The due dates that could have a reminder today: what the rule asks the owning module for.</summary>
    public (DateOnly From, DateOnly To) DueWindow(DateOnly today)
        => (today.AddDays(-Math.Max(0, OverdueEveryDays > 0 ? OverdueForDays : 0)), today.AddDays(DaysBefore.DefaultIfEmpty(0).Max()));
}

namespace SpiPlatform.SharedKernel;

/// <summary>Dates and times as people in Wales see them (a signature made at 00:30 BST is dated that day, not the day before).</summary>
public static class WalesClock
{
    /// <summary>Wales's time zone (GMT in winter, BST in summer); recurring jobs are scheduled in it.</summary>
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in Wales.</summary>
    public static DateOnly TodayInWales(this TimeProvider clock)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZone).DateTime);
}

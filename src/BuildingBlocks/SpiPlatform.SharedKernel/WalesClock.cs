namespace SpiPlatform.SharedKernel;

/// <summary>Dates as people in Wales see them (a signature made at 00:30 BST is dated that day, not the day before).</summary>
public static class WalesClock
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Today's date in Wales.</summary>
    public static DateOnly TodayInWales(this TimeProvider clock)
        => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
}

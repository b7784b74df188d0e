using System.Collections.Concurrent;
using PublicHoliday;

namespace SpiPlatform.SharedKernel;

/// <summary>
/// Working days in Wales: Monday to Friday, less the bank holidays of England and Wales, from the maintained
/// <c>PublicHoliday</c> package's list for each year (which has the moved and one-off holidays: the 2011 royal
/// wedding, the 2012 and 2022 jubilees, the 2022 state funeral).
/// </summary>
public static class WorkingDays
{
    // The package's per-day IsWorkingDay misses a moved holiday (it calls 4 June 2012 a working day although its own
    // list for 2012 has it), so the list is the one source used here.
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> Holidays = new();

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    public static bool IsWorkingDay(DateOnly date)
        => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysOf(date.Year).Contains(date);

    /// <summary>
    /// The working days after <paramref name="from"/> up to and including <paramref name="to"/>: submitted on a Friday
    /// and answered the next Monday is one working day; answered the same day is none.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The date <paramref name="days"/> working days after <paramref name="from"/>.</summary>
    public static DateOnly Add(DateOnly from, int days)
    {
        var day = from;
        for (var added = 0; added < days;)
        {
            day = day.AddDays(1);
            added += IsWorkingDay(day) ? 1 : 0;
        }
        return day;
    }

    /// <summary>The date in Wales of an instant.</summary>
    public static DateOnly DateInWales(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone).DateTime);

    private static HashSet<DateOnly> HolidaysOf(int year)
        => Holidays.GetOrAdd(year, y => [.. new UKBankHoliday(UKBankHoliday.UkCountries.Wales).PublicHolidays(y).Select(DateOnly.FromDateTime)]);
}

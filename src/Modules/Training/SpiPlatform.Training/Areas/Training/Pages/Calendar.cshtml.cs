using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.SharedKernel;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>Upcoming sessions of every course, grouped by the month they start in (Welsh time).</summary>
[AllowAnonymous]
internal sealed class CalendarModel(CourseCatalogue catalogue) : PageModel
{
    public const string Path = "/training/calendar";

    public IReadOnlyList<IGrouping<DateOnly, TrainingSession>> Months { get; private set; } = [];

    public bool MayManage => TrainingAccess.MayManage(User);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (sessions, _) = await catalogue.SessionsAsync(new SessionQuery(null, null, null, 0, 500), ct);
        Months = [.. sessions.GroupBy(s => MonthOf(s.StartsAt))];
    }

    private static DateOnly MonthOf(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone);
        return new DateOnly(local.Year, local.Month, 1);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.ListCourses;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>The course catalogue with each course's upcoming sessions.</summary>
[AllowAnonymous]
internal sealed class IndexModel(CourseCatalogue catalogue) : PageModel
{
    public const string Path = "/training";

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public ILookup<Guid, TrainingSession> Upcoming { get; private set; } = Enumerable.Empty<TrainingSession>().ToLookup(s => s.CourseId);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Courses = await catalogue.CoursesAsync(ct);
        var (sessions, _) = await catalogue.SessionsAsync(new SessionQuery(null, null, null, 0, 200), ct);
        Upcoming = sessions.ToLookup(s => s.CourseId);
    }
}

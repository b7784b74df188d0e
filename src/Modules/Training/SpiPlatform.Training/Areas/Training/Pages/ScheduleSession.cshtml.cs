using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.ScheduleSession;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>The programme team puts a session in the calendar; <see cref="ScheduleSessionHandler"/> owns every rule.</summary>
[Authorize]
internal sealed class ScheduleSessionModel(ScheduleSessionHandler handler, CourseCatalogue catalogue, IStringLocalizer<TrainingResource> l) : PageModel
{
    public const string Path = "/training/sessions/new";

    [BindProperty] public ScheduleSessionForm Form { get; set; } = new();

    public IReadOnlyList<Course> Courses { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Courses = await catalogue.CoursesAsync(ct);
        Form.TrainerEmail = TrainingAccess.StaffEmail(User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = new List<Problem>();
        // The page only turns the form's date and times into instants; a missing one it cannot turn is its only check.
        if (Form.Date is not { } date || Form.StartTime is not { } start)
        {
            problems.Add(Problem.Invalid("startsAt", "Give the date and start time."));
        }
        else if (Form.EndTime is not { } end)
        {
            problems.Add(Problem.Invalid("endsAt", "Give the end time."));
        }
        else
        {
            var result = await handler.HandleAsync(new ScheduleSessionInput(Form.CourseId ?? Guid.Empty, ScheduleSessionForm.InWales(date, start),
                ScheduleSessionForm.InWales(date, end), Form.IsOnline, Form.Venue, Form.Area, Form.Capacity ?? 0, Form.TrainerEmail ?? ""), User, ct);
            if (result.Value is { } session)
            {
                TempData["Message"] = l["The session is in the calendar."].Value;
                return Redirect(SessionModel.PathOf(session.Id));
            }
            problems.AddRange(result.Problems);
        }
        Errors = FormErrors.From(problems, l);
        Response.StatusCode = PageProblems.StatusFor(problems);
        Courses = await catalogue.CoursesAsync(ct);
        return Page();
    }
}

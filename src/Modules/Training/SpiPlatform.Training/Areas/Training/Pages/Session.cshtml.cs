using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>One session: when, where, places left, and Enrol / Cancel my place for the signed-in reader.</summary>
[AllowAnonymous]
internal sealed class SessionModel(CourseCatalogue catalogue, EnrolmentHandler enrolment, IStringLocalizer<TrainingResource> l) : PageModel
{
    public static string PathOf(Guid id) => $"/training/sessions/{id}";

    [TempData] public string? Message { get; set; }

    public TrainingSession Session { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The reader's live place or waiting position, if any.</summary>
    public Enrolment? Mine { get; private set; }

    public int WaitingPosition => Mine is { Status: EnrolmentStatus.Waiting } m
        ? Session.Enrolments.Where(e => e.Status == EnrolmentStatus.Waiting).OrderBy(e => e.Arrival).ToList().FindIndex(e => e.Id == m.Id) + 1
        : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostEnrolAsync(Guid id, CancellationToken ct)
        => ActAsync(id, () => enrolment.EnrolAsync(new EnrolInput(id, null, null), User, ct),
            e => e.Status == EnrolmentStatus.Enrolled ? l["You have a place on this session."] : l["The session is full: you are on the waiting list."], ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid enrolmentId, CancellationToken ct)
        => ActAsync(id, () => enrolment.CancelAsync(new CancelEnrolmentInput(enrolmentId), User, ct), _ => l["You have cancelled your place."], ct);

    private async Task<IActionResult> ActAsync(Guid id, Func<Task<Result<Enrolment>>> act, Func<Enrolment, string> done, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var result = await act();
        if (result.Value is { } changed)
        {
            if (!Request.IsHtmx())
            {
                Message = done(changed);
                return Redirect(PathOf(id));
            }
            await LoadAsync(id, ct);
            ViewData["Message"] = done(changed);
            return Partial("_EnrolmentPanel", this);
        }
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Request.IsHtmx() ? Partial("_EnrolmentPanel", this) : Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await catalogue.SessionAsync(id, ct) is not { } session)
        {
            return false;
        }
        Session = session;
        var email = TrainingAccess.StaffEmail(User)?.ToLowerInvariant();
        Mine = email is null ? null : session.Enrolments.FirstOrDefault(e => e.Email == email && e.Status != EnrolmentStatus.Cancelled);
        return true;
    }
}

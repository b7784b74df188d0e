using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.RecordAttendance;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>One row of the attendance sheet: a person with a place, what the trainer ticked, their completion.</summary>
internal sealed record AttendanceRow(Enrolment Enrolment, Completion? Completion, string? OrganisationName)
{
    public FormErrors Errors { get; init; } = new();
    public string? Message { get; init; }
}

/// <summary>The trainer's attendance sheet: each person with a place, ticked attended and completed in place.</summary>
[Authorize]
internal sealed class AttendanceModel(CourseCatalogue catalogue, TrainingDbContext db, ISignatoriesApi register,
    RecordAttendanceHandler handler, IStringLocalizer<TrainingResource> l) : PageModel
{
    public static string PathOf(Guid sessionId) => $"/training/sessions/{sessionId}/attendance";

    [TempData] public string? Message { get; set; }

    public TrainingSession Session { get; private set; } = null!;

    public IReadOnlyList<AttendanceRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) is { } refused ? refused : Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid enrolmentId, bool attended, bool completed, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        if (Rows.FirstOrDefault(r => r.Enrolment.Id == enrolmentId) is not { } row)
        {
            return NotFound();
        }
        var result = await handler.HandleAsync(new RecordAttendanceInput(enrolmentId, attended, completed), User, ct);
        if (result.Value is { } recorded)
        {
            var message = recorded.NeedsMet.Count > 0
                ? l["Recorded for {0}; {1} training needs of their organisation are now met.", recorded.Enrolment.DisplayName, recorded.NeedsMet.Count]
                : l["Recorded for {0}.", recorded.Enrolment.DisplayName];
            if (!Request.IsHtmx())
            {
                Message = message;
                return Redirect(PathOf(id));
            }
            await LoadAsync(id, ct);
            return Partial("_AttendanceRow", Rows.First(r => r.Enrolment.Id == enrolmentId) with { Message = message });
        }
        var errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        if (Request.IsHtmx())
        {
            return Partial("_AttendanceRow", row with { Errors = errors });
        }
        Rows = [.. Rows.Select(r => r.Enrolment.Id == enrolmentId ? r with { Errors = errors } : r)];
        ViewData["Errors"] = errors;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await catalogue.SessionAsync(id, ct) is not { } session)
        {
            return NotFound();
        }
        if (!TrainingAccess.MayRecordAttendance(User, session))
        {
            return StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status403Forbidden);
        }
        Session = session;
        var completions = await db.Completions.AsNoTracking().Where(c => c.SessionId == id).ToDictionaryAsync(c => c.EnrolmentId, ct);
        var places = session.Enrolments.Where(e => e.Status == EnrolmentStatus.Enrolled).OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).ToList();
        var organisations = await register.FindAsync([.. places.Where(e => e.OrganisationId is not null).Select(e => e.OrganisationId!.Value).Distinct()], ct);
        Rows = [.. places.Select(e => new AttendanceRow(e, completions.GetValueOrDefault(e.Id),
            e.OrganisationId is { } o && organisations.TryGetValue(o, out var org) ? SharedKernel.Localization.Bilingual.Pick(org.NameEn, org.NameCy) : null))];
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.RouteSubmission;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>Assign a submission to a reviewer of its group (group leads, programme team) or move it to another group (programme team).</summary>
[Authorize(Roles = SpiRoles.QaReviewer + "," + SpiRoles.ProgrammeTeam)]
internal sealed class RouteModel(QaQueue queue, RouteSubmissionHandler route, IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? ReviewerEmail { get; set; }
    [BindProperty] public Guid? GroupId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Message { get; set; }

    public QaSubmission Submission { get; private set; } = null!;
    public List<QaGroup> Groups { get; private set; } = [];
    public QaGroup Group => Groups.First(g => g.Id == Submission.GroupId);
    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostAssignAsync(Guid id)
        => RunAsync(id, () => route.AssignAsync(new AssignSubmissionInput(id, Version, ReviewerEmail), User, HttpContext.RequestAborted),
            s => l["{0} is assigned to {1}.", s.Reference, s.ClaimedByName ?? ""]);

    public Task<IActionResult> OnPostMoveAsync(Guid id)
        => RunAsync(id, () => route.ChangeGroupAsync(new ChangeSubmissionGroupInput(id, Version, GroupId ?? Guid.Empty, Reason), User, HttpContext.RequestAborted),
            s => l["{0} has moved to another QA group.", s.Reference]);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Result<QaSubmission>>> command, Func<QaSubmission, string> done)
    {
        var result = await command();
        if (result.Value is { } routed)
        {
            Message = done(routed);
            return RedirectToPage(new { id });
        }
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await queue.FindAsync(id, ct) is not { } submission)
        {
            return false;
        }
        Submission = submission;
        Groups = await queue.GroupsAsync(ct);
        return true;
    }
}

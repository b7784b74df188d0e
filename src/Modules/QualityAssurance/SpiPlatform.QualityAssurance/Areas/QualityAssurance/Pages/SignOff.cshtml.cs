using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.Features.SignOff;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>What the sign-off panel shows: progress, each partner's sign-off, and the forms for a signatory of a pending partner.</summary>
internal sealed record SignOffPanel(
    QaSubmission Submission, string Title, List<SignOffLine> Lines, SignOffLine? Mine, FormErrors Errors, string? Message, string? Reason,
    bool OwnOutstandingWithoutRight = false)
{
    public SignOffProgress Progress => SignOffProgress.Of(Lines);
}

/// <summary>
/// A submission's sign-off: for QA reviewers, the programme team and the people of its partners. A signatory of a
/// pending partner signs off or declines here; the handler decides, the page translates.
/// </summary>
[Authorize]
internal sealed class SignOffModel(
    QualityAssuranceDbContext db, SignOffRead read, SignOffHandler handler, IProtocolsApi protocols, IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Message { get; set; }

    public SignOffPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id, new FormErrors(), Message, null) ?? Page();

    public Task<IActionResult> OnPostSignAsync(Guid id)
        => DecideAsync(id, organisation => handler.SignAsync(new SignOffInput(id, organisation, Version), User, HttpContext.RequestAborted),
            reference => l["You have signed {0} off.", reference]);

    public Task<IActionResult> OnPostDeclineAsync(Guid id)
        => DecideAsync(id, organisation => handler.DeclineAsync(new DeclineSignOffInput(id, organisation, Version, Reason), User, HttpContext.RequestAborted),
            reference => l["You have declined to sign {0} off.", reference]);

    private async Task<IActionResult> DecideAsync(Guid id, Func<Guid, Task<Result<QaSubmission>>> decide, Func<string, string> done)
    {
        if (await LoadAsync(id, new FormErrors(), null, null) is { } stop)
        {
            return stop;
        }
        var result = await decide(User.OrganisationIdOf() ?? Guid.Empty);
        if (result.Succeeded)
        {
            var message = done(Panel.Submission.Reference);
            if (!Request.IsHtmx())
            {
                Message = message;
                return RedirectToPage(new { id });
            }
            await LoadAsync(id, new FormErrors(), message, null);
            return Partial("_SignOffPanel", Panel);
        }
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        await LoadAsync(id, FormErrors.From(result.Problems, l), null, Reason);
        return Request.IsHtmx() ? Partial("_SignOffPanel", Panel) : Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, FormErrors errors, string? message, string? reason)
    {
        var ct = HttpContext.RequestAborted;
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Rounds).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null)
        {
            return NotFound();
        }
        var agreement = await protocols.FindAsync(submission.AgreementId, ct);
        var own = User.OrganisationIdOf();
        var isPartner = own is { } o && agreement is not null && agreement.PartnerIds.Append(agreement.CoordinatorId).Contains(o);
        if (!isPartner && !QaAccess.MayRead(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var lines = await read.LinesAsync(id, ct);
        var pending = submission.State == Contracts.QaSubmissionState.AwaitingSignOff
            ? lines.FirstOrDefault(x => x.SignOff.OrganisationId == own && x.SignOff.State == SignOffState.Pending)
            : null;
        var mayDecide = pending is not null && await SignOffAccess.RightOfAsync(db, User, pending.SignOff.OrganisationId, ct) is not null;
        Panel = new SignOffPanel(submission, agreement?.TitleEn ?? submission.Reference, lines, mayDecide ? pending : null, errors, message, reason,
            pending is not null && !mayDecide);
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ManageSignOffRights;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>An agreement waiting for the organisation's sign-off, linked from the rights page.</summary>
internal sealed record AwaitingSignOffRow(Guid SubmissionId, string Reference, DateTimeOffset Since);

/// <summary>
/// An organisation's editors see, grant and revoke who may sign agreements off for it (the programme team, for the
/// organisation named in <c>?organisation=</c>); it also lists the agreements waiting for the organisation's sign-off.
/// </summary>
[Authorize(Roles = SpiRoles.OrganisationEditor + "," + SpiRoles.ProgrammeTeam)]
internal sealed class SignOffRightsModel(
    QualityAssuranceDbContext db, ManageSignOffRightsHandler handler, ISignatoriesApi signatories, IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Organisation { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? SignatoryRole { get; set; }
    [BindProperty] public Guid RightId { get; set; }
    [TempData] public string? Message { get; set; }

    public Guid? OrganisationId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public List<QaSignOffRight> Rights { get; private set; } = [];
    public List<AwaitingSignOffRow> Awaiting { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostGrantAsync()
    {
        var result = await handler.GrantAsync(new GrantSignOffRightInput(ChosenOrganisation, Email, SignatoryRole), User, HttpContext.RequestAborted);
        if (result.Value is { } right)
        {
            Message = l["{0} may now sign agreements off for the organisation.", right.DisplayName];
            return RedirectToPage(new { organisation = Organisation });
        }
        return await RefusedAsync(result.Problems);
    }

    public async Task<IActionResult> OnPostRevokeAsync()
    {
        var result = await handler.RevokeAsync(new RevokeSignOffRightInput(RightId), User, HttpContext.RequestAborted);
        if (result.Value is { } right)
        {
            Message = l["{0} may no longer sign agreements off for the organisation.", right.DisplayName];
            return RedirectToPage(new { organisation = Organisation });
        }
        return await RefusedAsync(result.Problems);
    }

    /// <summary>An editor's own organisation; the programme team's choice.</summary>
    private Guid? ChosenOrganisation => User.IsInRole(SpiRoles.ProgrammeTeam) ? Organisation ?? User.OrganisationIdOf() : User.OrganisationIdOf();

    private async Task<IActionResult> RefusedAsync(IReadOnlyList<Problem> problems)
    {
        Errors = FormErrors.From(problems, l);
        Response.StatusCode = PageProblems.StatusFor(problems);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        OrganisationId = ChosenOrganisation;
        if (OrganisationId is not { } id)
        {
            return;
        }
        OrganisationName = (await signatories.FindAsync([id], ct)).TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : "";
        Rights = await handler.ListAsync(id, ct);
        Awaiting = await (
            from s in db.SignOffs.AsNoTracking()
            join submission in db.Submissions on s.SubmissionId equals submission.Id
            where s.OrganisationId == id && s.State == SignOffState.Pending && submission.State == QaSubmissionState.AwaitingSignOff
                  && s.RoundNumber == db.Rounds.Where(r => r.SubmissionId == submission.Id).Max(r => r.Number)
            orderby s.RequestedAt
            select new AwaitingSignOffRow(submission.Id, submission.Reference, s.RequestedAt)).ToListAsync(ct);
    }
}

using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ClaimSubmission;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

internal sealed record QueueRow(QaSubmission Submission, string Title, string GroupName, int AgeInDays, bool MayClaim, string? Message = null, string? Error = null);

/// <summary>The open submissions of the reviewer's groups (every group for the programme team), oldest first.</summary>
[Authorize(Roles = SpiRoles.QaReviewer + "," + SpiRoles.ProgrammeTeam)]
internal sealed class QueueModel(
    QualityAssuranceDbContext db, QaQueue queue, ClaimSubmissionHandler claim, IProtocolsApi protocols, TimeProvider clock,
    IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    private const int PageSize = 100;
    private static readonly QaSubmissionState[] Open = [QaSubmissionState.Waiting, QaSubmissionState.InReview];

    [BindProperty] public Guid SubmissionId { get; set; }
    [BindProperty] public int Version { get; set; }
    [TempData] public string? Message { get; set; }

    public string? Error { get; private set; }
    public List<QueueRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostClaimAsync()
    {
        var ct = HttpContext.RequestAborted;
        var result = await claim.HandleAsync(new ClaimSubmissionInput(SubmissionId, Version), User, ct);
        if (Request.IsHtmx())
        {
            var submission = result.Value ?? await queue.FindAsync(SubmissionId, ct);
            if (submission is null)
            {
                return NotFound();
            }
            var groups = await GroupNamesAsync(ct);
            var mine = await db.GroupsOfAsync(User, ct);
            if (!result.Succeeded)
            {
                Response.StatusCode = PageProblems.StatusFor(result.Problems);
            }
            return Partial("_QueueRow", await RowAsync(submission, groups, mine, ct) with
            {
                Message = result.Succeeded ? l["You have claimed {0}.", submission.Reference].Value : null,
                Error = result.Succeeded ? null : l.Localise(result.Problems[0]),
            });
        }
        if (result.Value is { } claimed)
        {
            Message = l["You have claimed {0}.", claimed.Reference];
            return RedirectToPage();
        }
        Error = l.Localise(result.Problems[0]);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var mine = await db.GroupsOfAsync(User, ct);
        IReadOnlyCollection<Guid>? groupIds = User.IsInRole(SpiRoles.ProgrammeTeam) ? null : mine;
        var page = await queue.ListAsync(new QueueQuery(groupIds, Open, 0, PageSize), ct);
        var names = await GroupNamesAsync(ct);
        foreach (var submission in page.Submissions)
        {
            Rows.Add(await RowAsync(submission, names, mine, ct));
        }
    }

    private async Task<Dictionary<Guid, string>> GroupNamesAsync(CancellationToken ct)
        => (await queue.GroupsAsync(ct)).ToDictionary(g => g.Id, g => Bilingual.Pick(g.NameEn, g.NameCy));

    private async Task<QueueRow> RowAsync(QaSubmission submission, Dictionary<Guid, string> groups, List<Guid> mine, CancellationToken ct)
    {
        var agreement = await protocols.FindAsync(submission.AgreementId, ct);
        var opened = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(submission.OpenedAt, WalesClock.TimeZone).DateTime);
        return new QueueRow(submission, agreement?.TitleEn ?? submission.Reference, groups.GetValueOrDefault(submission.GroupId, ""),
            clock.TodayInWales().DayNumber - opened.DayNumber, mine.Contains(submission.GroupId));
    }
}

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

internal sealed record QueueRow(QaSubmission Submission, string Title, string GroupName, QaTurnaround Turnaround, bool MayClaim, bool MayRoute = false, string? Message = null, string? Error = null);

/// <summary>The open submissions of the reviewer's groups (every group for the programme team), oldest first.</summary>
[Authorize(Roles = SpiRoles.QaReviewer + "," + SpiRoles.ProgrammeTeam)]
internal sealed class QueueModel(
    QualityAssuranceDbContext db, QaQueue queue, ClaimSubmissionHandler claim, IProtocolsApi protocols, QaSla sla,
    IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    private const int PageSize = 100;
    private static readonly QaSubmissionState[] Open = [QaSubmissionState.Waiting, QaSubmissionState.InReview];

    /// <summary>The states a queue may be filtered by, in the order their counts are shown.</summary>
    public static readonly QaSubmissionState[] Filterable =
        [QaSubmissionState.Waiting, QaSubmissionState.InReview, QaSubmissionState.Returned, QaSubmissionState.AwaitingSignOff, QaSubmissionState.SignedOff];

    /// <summary>Show one group only (one of the reviewer's groups; any for the programme team).</summary>
    [BindProperty(SupportsGet = true)] public Guid? Group { get; set; }
    /// <summary>Show one state only; open submissions (waiting or in review) when empty.</summary>
    [BindProperty(SupportsGet = true)] public QaSubmissionState? State { get; set; }

    [BindProperty] public Guid SubmissionId { get; set; }
    [BindProperty] public int Version { get; set; }
    [TempData] public string? Message { get; set; }

    private List<Guid>? _led;
    private IReadOnlyDictionary<Guid, AgreementSummary>? _agreements;

    public string? Error { get; private set; }
    public List<QueueRow> Rows { get; private set; } = [];
    public int TotalCount { get; private set; }
    public Dictionary<QaSubmissionState, int> Counts { get; private set; } = [];
    /// <summary>The groups the reader may filter by, with their names.</summary>
    public List<(Guid Id, string Name)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest() ? Partial("_QueueResults", this) : Page();
    }

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
        var names = await GroupNamesAsync(ct);
        var visible = User.IsInRole(SpiRoles.ProgrammeTeam) ? [.. names.Keys] : mine;
        Groups = [.. visible.Select(id => (id, names.GetValueOrDefault(id, ""))).OrderBy(g => g.Item2)];
        if (Group is { } chosen && !visible.Contains(chosen))
        {
            Group = null;
        }
        IReadOnlyCollection<Guid> groupIds = Group is { } one ? [one] : visible;
        Counts = await queue.CountByStateAsync(groupIds, ct);
        var page = await queue.ListAsync(new QueueQuery(groupIds, State is { } state ? [state] : Open, 0, PageSize), ct);
        TotalCount = page.TotalCount;
        _agreements = await protocols.FindManyAsync([.. page.Submissions.Select(s => s.AgreementId)], ct);
        foreach (var submission in page.Submissions)
        {
            Rows.Add(await RowAsync(submission, names, mine, ct));
        }
    }

    private async Task<Dictionary<Guid, string>> GroupNamesAsync(CancellationToken ct)
        => (await queue.GroupsAsync(ct)).ToDictionary(g => g.Id, g => Bilingual.Pick(g.NameEn, g.NameCy));

    private async Task<QueueRow> RowAsync(QaSubmission submission, Dictionary<Guid, string> groups, List<Guid> mine, CancellationToken ct)
    {
        var agreement = _agreements?.GetValueOrDefault(submission.AgreementId) ?? await protocols.FindAsync(submission.AgreementId, ct);
        _led ??= await db.GroupsLedByAsync(User, ct);
        return new QueueRow(submission, agreement?.Title(Bilingual.IsWelsh) ?? submission.Reference, groups.GetValueOrDefault(submission.GroupId, ""),
            sla.Of(submission.CurrentRound), mine.Contains(submission.GroupId),
            User.IsInRole(SpiRoles.ProgrammeTeam) || _led.Contains(submission.GroupId));
    }
}

using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.CommentOnSubmission;
using SpiPlatform.QualityAssurance.Features.Decide;
using SpiPlatform.QualityAssurance.Features.RecordChecklist;
using SpiPlatform.QualityAssurance.Features.ViewSubmission;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>One checklist item as its row shows it: the result saved, or what was just posted when it was refused.</summary>
internal sealed record ChecklistRow(
    Guid SubmissionId, int Version, ChecklistItem Item, ChecklistResult? Result, string? Comment, bool Editable,
    string? Error = null, string? CommentError = null, string? Message = null);

/// <summary>A saved (or refused) row for htmx, with the submission's new version for every other form on the page.</summary>
internal sealed record ChecklistAnswer(ChecklistRow Row, IReadOnlyList<string> OtherVersionFields);

/// <summary>
/// The review screen: the agreement beside the checklist, what changed since the last round, the decision forms, the comment
/// thread and the round history. Each form calls the use case's handler; this page only translates.
/// </summary>
[Authorize(Roles = SpiRoles.QaReviewer + "," + SpiRoles.ProgrammeTeam)]
internal sealed class ReviewModel(
    SubmissionViews views, RecordChecklistItemHandler record, DecideSubmissionHandler decide, CommentOnSubmissionHandler comment,
    IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    public const string Path = "/qa/submissions";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public int? Round { get; set; }
    [BindProperty] public string? Item { get; set; }
    [BindProperty] public ChecklistResult? Result { get; set; }
    [BindProperty] public string? Comment { get; set; }
    [BindProperty] public string? ChangesRequired { get; set; }
    [BindProperty] public string? OverrideReason { get; set; }
    [BindProperty] public CommentForm Reply { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public ReviewView View { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    /// <summary>The row refused on a plain POST, shown with what was posted.</summary>
    public ChecklistRow? FailedRow { get; private set; }
    public CommentFailure? FailedComment { get; private set; }

    public string PagePath => $"{Path}/{View.Submission.Id}";

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostItemAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        // A form sent without a choice has nothing for the handler to record.
        Result<QaSubmission> result = Result is { } chosen
            ? await record.HandleAsync(new RecordChecklistItemInput(id, Version, Item ?? "", chosen, Comment), User, ct)
            : Problem.Invalid("result", "Choose met, not met or not applicable.");
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        var item = QaChecklist.Find(Item ?? "");
        if (result.Succeeded)
        {
            var saved = View.Submission.CurrentRound.Checklist.First(c => c.Item == Item);
            if (!Request.IsHtmx())
            {
                Message = l["Saved: {0}", Bilingual.Pick(item!.TextEn, item.TextCy)].Value;
                return Redirect($"{PagePath}#item-{item.Key}");
            }
            var row = new ChecklistRow(id, View.Submission.Version, item!, saved.Result, saved.Comment, View.May.MayRecord, Message: l["Saved"]);
            return Partial("_ChecklistAnswer", new ChecklistAnswer(row, VersionFieldsExcept(item!.Key)));
        }
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        if (item is null)
        {
            Errors = FormErrors.From(result.Problems, l);
            return Request.IsHtmx() ? Content(string.Join(" ", Errors.All.Select(e => e.Message))) : Page();
        }
        var conflict = result.Problems.FirstOrDefault(p => p.Code == ErrorCodes.Conflict);
        FailedRow = new ChecklistRow(id, Version, item, Result, Comment, View.May.MayRecord,
            Error: conflict is not null ? ConflictMessage(conflict) : result.Problems.Where(p => p.Field != "comment").Select(l.Localise).FirstOrDefault(),
            CommentError: result.Problems.Where(p => p.Field == "comment").Select(l.Localise).FirstOrDefault());
        if (Request.IsHtmx())
        {
            return Partial("_ChecklistAnswer", new ChecklistAnswer(FailedRow, []));
        }
        Errors.Add($"item-{item.Key}", FailedRow.Error ?? FailedRow.CommentError ?? "");
        return Page();
    }

    public Task<IActionResult> OnPostReturnAsync(Guid id)
        => DecideAsync(id, () => decide.ReturnAsync(new ReturnForAmendmentInput(id, Version, Round, ChangesRequired), User, HttpContext.RequestAborted),
            s => l["Returned {0} to its partners for amendment.", s.Reference]);

    public Task<IActionResult> OnPostApproveAsync(Guid id)
        => DecideAsync(id, () => decide.ApproveAsync(new ApproveSubmissionInput(id, Version, Round, OverrideReason), User, HttpContext.RequestAborted),
            s => l["Approved {0} as {1}.", s.Reference, s.QaReference ?? ""]);

    public async Task<IActionResult> OnPostCommentAsync(Guid id)
    {
        var result = await comment.HandleAsync(Reply.Input(id), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Message = l["Your comment has been added."];
            return Redirect($"{Path}/{id}#comments");
        }
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        (Errors, FailedComment) = Reply.Failed(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    /// <summary>The rows of the checklist for the current round.</summary>
    public IEnumerable<ChecklistRow> Rows()
    {
        var submission = View.Submission;
        foreach (var item in QaChecklist.Items)
        {
            if (FailedRow?.Item.Key == item.Key)
            {
                yield return FailedRow;
                continue;
            }
            var entry = submission.CurrentRound.Checklist.FirstOrDefault(c => c.Item == item.Key);
            yield return new ChecklistRow(submission.Id, submission.Version, item, entry?.Result, entry?.Comment, View.May.MayRecord);
        }
    }

    private async Task<IActionResult> DecideAsync(Guid id, Func<Task<Result<QaSubmission>>> act, Func<QaSubmission, string> done)
    {
        var result = await act();
        if (result.Value is { } decided)
        {
            Message = done(decided);
            return Redirect($"{Path}/{id}");
        }
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }
        Errors = FormErrors.From(result.Problems.Select(p => p.Code == ErrorCodes.Conflict && p.Field == "version" ? p with { Field = null } : p), l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    /// <summary>Loads the view; a 404 or 403 when the caller may not see it.</summary>
    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var view = await views.ForReviewAsync(id, User, HttpContext.RequestAborted);
        if (view.Value is null)
        {
            return StatusCode(PageProblems.StatusFor(view.Problems));
        }
        View = view.Value;
        return null;
    }

    private string ConflictMessage(Problem conflict) => conflict.Field == "version"
        ? l["This submission has changed since you opened it, so nothing was saved. Reload the page to see the latest, then try again."]
        : l.Localise(conflict);

    /// <summary>The ids of the hidden version fields on the page, but for the row being swapped.</summary>
    private List<string> VersionFieldsExcept(string key)
        => [.. QaChecklist.Items.Where(i => i.Key != key).Select(i => $"version-{i.Key}"), .. View.May.MayDecide ? new[] { "version-return", "version-approve" } : []];
}

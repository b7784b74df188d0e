using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Features.CommentOnSubmission;
using SpiPlatform.QualityAssurance.Features.ViewSubmission;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>
/// The coordinator's view of an agreement in quality assurance: where it stands, each round's outcome and the changes
/// required, the QA reference once approved, and the comment thread with an answer form. For the coordinating
/// organisation's users and the group's reviewers; anyone else finds nothing here (404).
/// </summary>
[Authorize]
internal sealed class CoordinationModel(SubmissionViews views, CommentOnSubmissionHandler comment, IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    public const string Path = "/qa/agreements";

    [BindProperty] public CommentForm Reply { get; set; } = new();
    [TempData] public string? Message { get; set; }

    public ReviewView View { get; private set; } = null!;
    public FormErrors Errors { get; private set; } = new();
    public CommentFailure? FailedComment { get; private set; }

    public string PagePath => $"{Path}/{View.Submission.AgreementId}";

    public async Task<IActionResult> OnGetAsync(Guid agreementId) => await LoadAsync(agreementId) ?? Page();

    public async Task<IActionResult> OnPostCommentAsync(Guid agreementId)
    {
        if (await LoadAsync(agreementId) is { } refused)
        {
            return refused;
        }
        var result = await comment.HandleAsync(Reply.Input(View.Submission.Id), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Message = l["Your comment has been added."];
            return Redirect($"{PagePath}#comments");
        }
        (Errors, FailedComment) = Reply.Failed(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid agreementId)
    {
        var view = await views.ForCoordinatorAsync(agreementId, User, HttpContext.RequestAborted);
        if (view.Value is null)
        {
            return StatusCode(PageProblems.StatusFor(view.Problems));
        }
        View = view.Value;
        return null;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.ManageGroups;
using SpiPlatform.QualityAssurance.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>The QA groups and their reviewers; the programme team adds, changes and removes members here.</summary>
[Authorize(Roles = SpiRoles.ProgrammeTeam)]
internal sealed class GroupsModel(QaQueue queue, ManageGroupMembersHandler members, IStringLocalizer<QualityAssuranceResource> l) : PageModel
{
    [BindProperty] public Guid GroupId { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public bool IsLead { get; set; }
    [TempData] public string? Message { get; set; }

    public List<QaGroup> Groups { get; private set; } = [];
    public FormErrors Errors { get; private set; } = new();
    /// <summary>The group whose form the errors belong to.</summary>
    public Guid? ErrorGroup { get; private set; }

    public async Task OnGetAsync() => Groups = await queue.GroupsAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostSetAsync()
    {
        var result = await members.SetAsync(new SetGroupMemberInput(GroupId, Email, DisplayName, IsLead), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, () => l["{0} is a member of {1}.", Email?.Trim() ?? "", GroupName(result.Value)]);
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        var result = await members.RemoveAsync(new RemoveGroupMemberInput(GroupId, Email), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, () => l["{0} is no longer a member of {1}.", Email?.Trim() ?? "", GroupName(result.Value)]);
    }

    private static string GroupName(QaGroup? group) => group is null ? "" : SharedKernel.Localization.Bilingual.Pick(group.NameEn, group.NameCy);

    private async Task<IActionResult> AnswerAsync(SharedKernel.Errors.Result<QaGroup> result, Func<string> done)
    {
        if (result.Succeeded)
        {
            Message = done();
            return RedirectToPage();
        }
        Errors = FormErrors.From(result.Problems, l, $"group-{GroupId}-");
        ErrorGroup = GroupId;
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        Groups = await queue.GroupsAsync(HttpContext.RequestAborted);
        return Page();
    }
}

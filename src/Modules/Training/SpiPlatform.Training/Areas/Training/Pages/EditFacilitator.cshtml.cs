using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>
/// An entry in the register: the programme team changes or removes any; a facilitator (matched by email) keeps their own
/// areas, languages and availability. The handler decides who may; this page only shows the fields each may change.
/// </summary>
[Authorize]
internal sealed class EditFacilitatorModel(FacilitatorFinder finder, FacilitatorRegisterHandler handler, ISignatoriesApi signatories,
    IStringLocalizer<TrainingResource> l) : PageModel
{
    public static string PathOf(Guid id) => $"/training/facilitators/{id}/edit";

    [BindProperty] public FacilitatorForm Form { get; set; } = new();

    public Facilitator Entry { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public bool Full => TrainingAccess.MayManage(User);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await finder.FindByIdAsync(id, ct) is not { } entry)
        {
            return NotFound();
        }
        if (!Full && TrainingAccess.StaffEmail(User)?.ToLowerInvariant() != entry.Email)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Entry = entry;
        Form = FacilitatorForm.Of(entry);
        Organisations = Full ? await signatories.ListActiveAsync(ct) : [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var input = Full
            ? new UpdateFacilitatorInput(id, Form.Areas, Form.Languages, Form.Availability, Form.AvailabilityNote ?? "",
                Form.Name ?? "", Form.Email ?? "", Form.Phone ?? "", Form.OrganisationId ?? Guid.Empty, Form.QualifiedOn)
            : new UpdateFacilitatorInput(id, Form.Areas, Form.Languages, Form.Availability, Form.AvailabilityNote ?? "");
        var result = await handler.UpdateAsync(input, User, ct);
        return await AnswerAsync(id, result, changed => l["{0}'s entry is saved.", changed.Name], ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
        => await AnswerAsync(id, await handler.RemoveAsync(id, User, ct), removed => l["{0} is no longer in the register.", removed.Name], ct);

    private async Task<IActionResult> AnswerAsync(Guid id, Result<Facilitator> result, Func<Facilitator, string> done, CancellationToken ct)
    {
        if (result.Value is { } changed)
        {
            TempData["Message"] = done(changed);
            return Redirect(FacilitatorsModel.Path);
        }
        if (await finder.FindByIdAsync(id, ct) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        Organisations = Full ? await signatories.ListActiveAsync(ct) : [];
        return Page();
    }
}

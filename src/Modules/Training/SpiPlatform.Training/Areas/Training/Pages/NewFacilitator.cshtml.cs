using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>The programme team adds a facilitator trained before the system to the register.</summary>
[Authorize]
internal sealed class NewFacilitatorModel(FacilitatorRegisterHandler handler, ISignatoriesApi signatories, IStringLocalizer<TrainingResource> l) : PageModel
{
    public const string Path = "/training/facilitators/new";

    [BindProperty] public FacilitatorForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public IReadOnlyList<OrganisationSummary> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TrainingAccess.MayManage(User))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Organisations = await signatories.ListActiveAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = new List<Problem>();
        if (Form.QualifiedOn is null)
        {
            problems.Add(Problem.Invalid("qualifiedOn", "Give the date the facilitator qualified."));
        }
        else
        {
            var result = await handler.RegisterAsync(new RegisterFacilitatorInput(Form.Name ?? "", Form.Email ?? "", Form.Phone,
                Form.OrganisationId ?? Guid.Empty, Form.Areas, Form.Languages, Form.Availability, Form.AvailabilityNote, Form.QualifiedOn.Value), User, ct);
            if (result.Value is { } added)
            {
                TempData["Message"] = l["{0} is in the register.", added.Name].Value;
                return Redirect(FacilitatorsModel.Path);
            }
            problems.AddRange(result.Problems);
        }
        Errors = FormErrors.From(problems, l);
        Response.StatusCode = PageProblems.StatusFor(problems);
        Organisations = await signatories.ListActiveAsync(ct);
        return Page();
    }
}

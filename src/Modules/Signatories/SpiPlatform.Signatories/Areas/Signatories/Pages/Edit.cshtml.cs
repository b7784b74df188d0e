using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.UpdateOrganisation;
using SpiPlatform.Signatories.Localization;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>Keeps an organisation's details current; a stale form (someone saved first) is refused, not overwritten.</summary>
[Authorize]
internal sealed class EditModel(SignatoriesDbContext db, UpdateOrganisationHandler handler, IStringLocalizer<SignatoriesResource> l)
    : OrganisationPage(db)
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }
        Form = OrganisationForm.From(Organisation);
        Version = Organisation.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }
        var (details, problems) = Form.ToDetails(Organisation.LeadOrganisationId);
        var result = problems.Count > 0
            ? Result<Organisation>.Fail(problems)
            : await handler.HandleAsync(id, Version, details, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/signatories/{id}");
        }
        return Refused(result.Problems, l);
    }
}

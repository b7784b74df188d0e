using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Features.NameDesignatedPerson;
using SpiPlatform.Signatories.Localization;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>Step 2 of joining: the Designated Person (data-protection contact).</summary>
[Authorize]
internal sealed class DesignatedPersonModel(SignatoriesDbContext db, NameDesignatedPersonHandler handler, IStringLocalizer<SignatoriesResource> l)
    : OrganisationPage(db)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }
        var result = await handler.HandleAsync(id, Version, new DesignatedPersonInput(Name, Role, Email, Phone), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/signatories/{id}/sign");
        }
        return Refused(result.Problems, l);
    }
}

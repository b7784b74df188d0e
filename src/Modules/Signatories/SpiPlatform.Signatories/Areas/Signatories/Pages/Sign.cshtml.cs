using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Features.SignAccord;
using SpiPlatform.Signatories.Localization;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>Step 3 of joining: the senior officer signs the declaration (tick and typed name).</summary>
[Authorize]
internal sealed class SignModel(SignatoriesDbContext db, SignAccordHandler handler, IOptions<SignatoriesOptions> options, IStringLocalizer<SignatoriesResource> l)
    : OrganisationPage(db)
{
    [BindProperty] public bool Accepted { get; set; }
    [BindProperty] public string? SignedByName { get; set; }
    [BindProperty] public string? SignedByRole { get; set; }
    [BindProperty] public int Version { get; set; }

    public string DeclarationVersion => options.Value.DeclarationVersion;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }
        var result = await handler.HandleAsync(new SignAccordInput(id, Version, SignedByName, SignedByRole, null, Accepted), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/signatories/{id}/status");
        }
        return Refused(result.Problems, l);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Features.WithdrawFromAccord;
using SpiPlatform.Signatories.Localization;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

[Authorize]
internal sealed class WithdrawModel(SignatoriesDbContext db, WithdrawFromAccordHandler handler, IStringLocalizer<SignatoriesResource> l)
    : OrganisationPage(db)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } stop)
        {
            return stop;
        }
        var result = await handler.HandleAsync(id, Version, Reason, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/signatories/{id}/status");
        }
        return Refused(result.Problems, l);
    }
}

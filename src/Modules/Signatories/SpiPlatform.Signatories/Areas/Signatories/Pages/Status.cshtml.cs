using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SpiPlatform.Signatories.Data;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>Step 4: where the organisation stands, with a progress indicator through the joining steps.</summary>
[Authorize]
internal sealed class StatusModel(SignatoriesDbContext db) : OrganisationPage(db)
{
    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ?? Page();
}

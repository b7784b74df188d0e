using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;
using SpiPlatform.Web;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>A page about one organisation that only its editors (and the programme team) may use.</summary>
internal abstract class OrganisationPage(SignatoriesDbContext db) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Loads the organisation; the result is 404 or 403 when the page must not go on, else null.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Signatures).FirstOrDefaultAsync(o => o.Id == id, HttpContext.RequestAborted);
        if (organisation is null)
        {
            return NotFound();
        }
        if (!SignatoriesAccess.CanEdit(User, organisation))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Organisation = organisation;
        return null;
    }

    /// <summary>The form again, with the handler's problems, at the status they call for.</summary>
    protected IActionResult Refused(IReadOnlyList<Problem> problems, IStringLocalizer l)
    {
        Errors = FormErrors.From(problems, l);
        Response.StatusCode = PageProblems.StatusFor(problems);
        return Page();
    }
}

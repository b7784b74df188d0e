using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Features.RegisterOrganisation;
using SpiPlatform.Signatories.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>Step 1 of joining: register the organisation (an editor of an organisation registers a body it leads).</summary>
[Authorize]
internal sealed class JoinModel(RegisterOrganisationHandler register, SignatoriesDbContext db, IStringLocalizer<SignatoriesResource> l) : PageModel
{
    [BindProperty] public OrganisationForm Form { get; set; } = new();

    public FormErrors Errors { get; private set; } = new();

    public string? LeadOrganisationName { get; private set; }

    private Guid? LeadId => User.IsInRole(SpiRoles.OrganisationEditor) ? User.OrganisationIdOf() : null;

    public async Task OnGetAsync() => await DescribeLeadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (details, problems) = Form.ToDetails(LeadId);
        var result = problems.Count > 0 ? Result<Domain.Organisation>.Fail(problems) : await register.HandleAsync(details, User, HttpContext.RequestAborted);
        if (result.Value is { } organisation)
        {
            return Redirect($"/signatories/{organisation.Id}/designated-person");
        }
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        if (Response.StatusCode == StatusCodes.Status403Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Errors = FormErrors.From(result.Problems, l);
        await DescribeLeadAsync();
        return Page();
    }

    private async Task DescribeLeadAsync()
    {
        if (LeadId is { } lead && await db.Organisations.FindAsync([lead], HttpContext.RequestAborted) is { } organisation)
        {
            LeadOrganisationName = Bilingual.Pick(organisation.NameEn, organisation.NameCy);
        }
    }
}

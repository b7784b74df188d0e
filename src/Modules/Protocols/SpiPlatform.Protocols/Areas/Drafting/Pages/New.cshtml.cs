using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Features.EditAgreement;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Starting an agreement from a blank page: just enough to create the draft, then the editor's steps.</summary>
[Authorize]
internal sealed class NewModel(AgreementHandlers handlers, ISignatoriesApi register, TimeProvider clock, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    [BindProperty] public string? Kind { get; set; } = nameof(AgreementKind.Isp);
    [BindProperty] public string? TitleEn { get; set; }
    [BindProperty] public string? ServiceArea { get; set; }
    [BindProperty] public Guid? CoordinatorId { get; set; }
    [BindProperty] public DateOnly? ReviewDue { get; set; }

    public IReadOnlyList<OrganisationSummary> Signatories { get; private set; } = [];

    public List<(string? Field, string Message)> Errors { get; } = [];

    public Guid? OwnOrganisation => ProtocolsAccess.OwnOrganisation(User);

    public async Task OnGetAsync()
    {
        ReviewDue = clock.TodayInWales().AddYears(1);
        CoordinatorId = OwnOrganisation;
        Signatories = await register.ListActiveAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new AgreementInput(
            Enum.TryParse<AgreementKind>(Kind, out var kind) ? kind : AgreementKind.Isp, TitleEn, null, null, null, null,
            Enum.TryParse<AgreementServiceArea>(ServiceArea, out var area) && Enum.IsDefined(area) ? area : null,
            [], OwnOrganisation ?? CoordinatorId, [], null, [], false, [], null, null, null, null, null, null, ReviewDue);
        var result = await handlers.CreateAsync(input, User, HttpContext.RequestAborted);
        if (result.Value is { } draft)
        {
            return Redirect($"/library/{draft.Reference}/edit/partners");
        }
        Errors.AddRange(result.Problems.Select(p => (p.Field, l.Localise(p))));
        Response.StatusCode = result.Problems.Any(p => p.Code == SharedKernel.Errors.ErrorCodes.Forbidden)
            ? StatusCodes.Status403Forbidden
            : StatusCodes.Status422UnprocessableEntity;
        Signatories = await register.ListActiveAsync(HttpContext.RequestAborted);
        return Page();
    }

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}

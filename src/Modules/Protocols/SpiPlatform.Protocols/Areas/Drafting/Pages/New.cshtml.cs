using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.CreateDraft;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Starting an agreement from a blank page: just enough to create the draft, then the editor's steps.</summary>
[Authorize]
internal sealed class NewModel(CreateDraftHandler create, ISignatoriesApi register, TimeProvider clock, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    [BindProperty] public string? Kind { get; set; } = nameof(AgreementKind.Isp);
    [BindProperty] public string? TitleEn { get; set; }
    [BindProperty] public string? ServiceArea { get; set; }
    [BindProperty] public Guid? CoordinatorId { get; set; }
    [BindProperty] public DateOnly? ReviewDue { get; set; }

    public IReadOnlyList<OrganisationSummary> Signatories { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

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
            [], CoordinatorId, [], null, [], false, [], null, null, null, null, null, null, ReviewDue);
        var result = await create.HandleAsync(input, User, HttpContext.RequestAborted);
        if (result.Value is { } draft)
        {
            return Redirect($"/library/{draft.Reference}/edit/partners");
        }
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        Signatories = await register.ListActiveAsync(HttpContext.RequestAborted);
        return Page();
    }

    public string? ErrorFor(string field) => Errors.For(field);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Step 2: the coordinating organisation and the partners, chosen from the current Accord signatories.</summary>
internal sealed class PartnersModel(ProtocolsDbContext db, UpdateDraftHandler update, ISignatoriesApi register, IStringLocalizer<ProtocolsResource> l)
    : DraftStepPage(db, update, l)
{
    [BindProperty] public Guid? CoordinatorId { get; set; }
    [BindProperty] public List<Guid> PartnerIds { get; set; } = [];

    public IReadOnlyList<OrganisationSummary> Signatories { get; private set; } = [];

    public override string Step => "partners";

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        CoordinatorId = Agreement.CoordinatorId;
        PartnerIds = [.. Agreement.PartnerIds];
        Signatories = await register.ListActiveAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        Signatories = await register.ListActiveAsync(HttpContext.RequestAborted);
        var roles = Agreement.Partners.ToDictionary(p => p.OrganisationId, p => p.Role);
        return await SaveAsync(input => input with
        {
            CoordinatorId = CoordinatorId,
            Partners = [.. PartnerIds.Distinct().Select(id => new PartnerInput(id,
                roles.TryGetValue(id, out var role) && role != Contracts.PartnerRole.Coordinator ? role : Contracts.PartnerRole.Partner))],
        }, next: "legal");
    }
}

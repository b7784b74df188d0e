using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>One organisation on the public register, with its signature history; contacts only for staff and partners.</summary>
[AllowAnonymous]
internal sealed class OrganisationModel(SignatoriesDbContext db, IProtocolsApi protocols) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;

    public LinkedOrganisation? Lead { get; private set; }

    public IReadOnlyList<LinkedOrganisation> Leads { get; private set; } = [];

    public IReadOnlyList<AccordSignature> Signatures => [.. Organisation.Signatures.OrderByDescending(s => s.CreatedAt)];

    public bool ShowContacts { get; private set; }

    public bool CanEdit { get; private set; }

    /// <summary>The live agreements this organisation is party to (from the Protocols module's contract).</summary>
    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Signatures).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }
        Organisation = organisation;
        if (organisation.LeadOrganisationId is { } leadId)
        {
            Lead = await Linked(db.Organisations.Where(o => o.Id == leadId)).FirstOrDefaultAsync(ct);
        }
        Leads = await Linked(db.Organisations.Where(o => o.LeadOrganisationId == id).OrderBy(o => o.NameEn)).ToListAsync(ct);
        ShowContacts = SignatoriesAccess.CanSeeContacts(User);
        CanEdit = SignatoriesAccess.CanEdit(User, organisation);
        Agreements = await protocols.ListPublicForOrganisationAsync(id, ct);
        return Page();
    }

    private static IQueryable<LinkedOrganisation> Linked(IQueryable<Organisation> organisations)
        => organisations.AsNoTracking().Select(o => new LinkedOrganisation(o.Id, o.NameEn, o.NameCy, o.Status));
}

/// <summary>An organisation named on another's page: its lead, or a body it leads.</summary>
internal sealed record LinkedOrganisation(Guid Id, string NameEn, string NameCy, AccordStatus Status);

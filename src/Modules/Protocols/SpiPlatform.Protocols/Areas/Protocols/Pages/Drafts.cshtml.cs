using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Areas.Protocols.Pages;

/// <summary>The drafts the signed-in user can work on: their organisation's, or every draft for the programme team and QA.</summary>
[Authorize]
internal sealed class DraftsModel(ProtocolsDbContext db) : PageModel
{
    public IReadOnlyList<Agreement> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var drafts = db.Agreements.AsNoTracking().Where(a => a.Status == AgreementStatus.Draft);
        if (!(ProtocolsAccess.CanWriteAny(User) || User.IsInRole(SpiRoles.QaReviewer)))
        {
            var own = ProtocolsAccess.OwnOrganisation(User);
            drafts = own is { } id ? drafts.Where(a => a.Partners.Any(p => p.OrganisationId == id)) : drafts.Where(_ => false);
        }
        Drafts = await drafts.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Reference).ToListAsync(ct);
    }
}

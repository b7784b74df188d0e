using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.DecideSignature;
using SpiPlatform.Signatories.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

internal sealed record VerificationItem(Organisation Organisation, AccordSignature Signature, string? Decided = null, string? Error = null);

/// <summary>The programme team's queue of pending signatures; with htmx a decision replaces just its row.</summary>
[Authorize(Roles = SpiRoles.ProgrammeTeam)]
internal sealed class VerificationModel(SignatoriesDbContext db, DecideSignatureHandler decide, IStringLocalizer<SignatoriesResource> l) : PageModel
{
    [BindProperty] public Guid SignatureId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [TempData] public string? Message { get; set; }

    public List<VerificationItem> Queue { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var pending = await db.Organisations.AsNoTracking().Include(o => o.Signatures)
            .Where(o => o.Signatures.Any(s => s.Status == SignatureStatus.Pending))
            .ToListAsync(HttpContext.RequestAborted);
        Queue = [.. pending
            .Select(o => new VerificationItem(o, o.Signatures.Single(s => s.Status == SignatureStatus.Pending)))
            .OrderBy(i => i.Signature.CreatedAt)];
    }

    public Task<IActionResult> OnPostVerifyAsync() => DecideAsync(verify: true);

    public Task<IActionResult> OnPostRejectAsync() => DecideAsync(verify: false);

    private async Task<IActionResult> DecideAsync(bool verify)
    {
        var result = verify
            ? await decide.VerifyAsync(SignatureId, User, HttpContext.RequestAborted)
            : await decide.RejectAsync(SignatureId, Reason, User, HttpContext.RequestAborted);
        var outcome = result.Value is { } organisation
            ? new VerificationItem(organisation, organisation.Signatures.Single(s => s.Id == SignatureId),
                Decided: verify ? l["Verified: {0} is now an active signatory.", organisation.NameEn] : l["Rejected: {0} has been told why.", organisation.NameEn])
            : null;
        if (Request.IsHtmx())
        {
            if (outcome is null)
            {
                var row = await LoadRowAsync();
                if (row is null)
                {
                    return NotFound();
                }
                Response.StatusCode = PageProblems.StatusFor(result.Problems);
                return Partial("_VerificationRow", row with { Error = l.Localise(result.Problems[0]) });
            }
            return Partial("_VerificationRow", outcome);
        }
        Message = outcome?.Decided ?? l.Localise(result.Problems[0]);
        return RedirectToPage();
    }

    private async Task<VerificationItem?> LoadRowAsync()
    {
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Signatures)
            .FirstOrDefaultAsync(o => o.Signatures.Any(s => s.Id == SignatureId), HttpContext.RequestAborted);
        return organisation is null ? null : new VerificationItem(organisation, organisation.Signatures.Single(s => s.Id == SignatureId));
    }
}

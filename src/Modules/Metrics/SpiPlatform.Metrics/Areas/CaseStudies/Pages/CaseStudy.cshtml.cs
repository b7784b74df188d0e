using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Metrics.Areas.CaseStudies.Pages;

/// <summary>One case study's narrative beside its agreement's live figures; 404 for an unknown slug.</summary>
[AllowAnonymous]
internal sealed class CaseStudyModel(CaseStudyReader reader, IProtocolsApi protocols) : PageModel
{
    public CaseStudy CaseStudy { get; private set; } = null!;

    /// <summary>Null until the Metrics read model holds the agreement.</summary>
    public CaseStudyAgreementFigures? Figures { get; private set; }

    /// <summary>The agreement's title in the reader's language, or null if the agreement is gone.</summary>
    public string? AgreementTitle { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await reader.FindAsync(slug, ct) is not { } found)
        {
            return NotFound();
        }
        (CaseStudy, Figures) = (found.CaseStudy, found.Figures);
        AgreementTitle = (await protocols.FindAsync(found.CaseStudy.AgreementId, ct))?.Title(SharedKernel.Localization.Bilingual.IsWelsh);
        return Page();
    }
}

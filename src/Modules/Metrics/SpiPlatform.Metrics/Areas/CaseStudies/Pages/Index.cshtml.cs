using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Metrics.Features.CaseStudies;

namespace SpiPlatform.Metrics.Areas.CaseStudies.Pages;

/// <summary>The evaluation case studies, each with its agreement's status.</summary>
[AllowAnonymous]
internal sealed class IndexModel(CaseStudyReader reader) : PageModel
{
    public IReadOnlyList<CaseStudyWithFigures> CaseStudies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => CaseStudies = await reader.ListAsync(ct);
}

using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>The facilitator finder: who can carry an ISP in an area and language. Contact details for signed-in readers only.</summary>
[AllowAnonymous]
internal sealed class FacilitatorsModel(FacilitatorFinder finder, ISignatoriesApi signatories) : PageModel
{
    public const string Path = "/training/facilitators";

    [TempData] public string? Message { get; set; }

    public ServiceArea? Area { get; private set; }

    public FacilitatorLanguage? Language { get; private set; }

    public FacilitatorAvailability? Available { get; private set; }

    public IReadOnlyList<Facilitator> Found { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<Guid, OrganisationSummary> Organisations { get; private set; } = new Dictionary<Guid, OrganisationSummary>();

    public bool ShowContact => User.Identity?.IsAuthenticated == true;

    public bool MayManage => TrainingAccess.MayManage(User);

    public string? MyEmail => TrainingAccess.StaffEmail(User)?.ToLowerInvariant();

    public string OrganisationName(Guid id)
        => Organisations.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : "";

    // Read from the query string by hand: "area" is also the Razor area's route value, which binding would prefer.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "area")] ServiceArea? area, [FromQuery(Name = "language")] FacilitatorLanguage? language,
        [FromQuery(Name = "available")] FacilitatorAvailability? available, CancellationToken ct)
    {
        (Area, Language, Available) = (area, language, available);
        (Found, Total) = await finder.FindAsync(new FacilitatorQuery(Area, Language, Available, 0, 200), ct);
        Organisations = await signatories.FindAsync([.. Found.Select(f => f.OrganisationId).Distinct()], ct);
        return Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest() ? Partial("_FacilitatorResults", this) : Page();
    }
}

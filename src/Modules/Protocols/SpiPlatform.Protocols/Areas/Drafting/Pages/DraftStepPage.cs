using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.EditAgreement;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>
/// One step of the draft editor (basics → partners → data and legal basis → flows → review). Each step posts only
/// its own fields; the rest come from the stored draft, and the whole is checked and saved with the version the
/// person loaded, so two people editing different steps at once cannot overwrite each other unseen.
/// </summary>
[Authorize]
internal abstract class DraftStepPage(ProtocolsDbContext db, AgreementHandlers handlers, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    public static readonly (string Step, string Title)[] Steps =
    [
        ("basics", "Basics"), ("partners", "Partners"), ("legal", "Data and legal basis"), ("flows", "Information flows"), ("review", "Review and submit"),
    ];

    [BindProperty] public int Version { get; set; }

    public Agreement Agreement { get; private set; } = null!;

    public List<(string? Field, string Message)> Errors { get; } = [];

    public abstract string Step { get; }

    protected IStringLocalizer<ProtocolsResource> L => l;

    protected async Task<IActionResult?> LoadAsync(string reference)
    {
        var (agreement, stop) = await FindEditableAsync(db, reference, this);
        if (agreement is null)
        {
            return stop;
        }
        Agreement = agreement;
        if (!HttpMethods.IsPost(Request.Method))
        {
            Version = agreement.Version;
        }
        return null;
    }

    /// <summary>The agreement by reference if the user may edit it; otherwise 404 (cannot see it) or 403 (cannot change it).</summary>
    public static async Task<(Agreement? Agreement, IActionResult? Stop)> FindEditableAsync(ProtocolsDbContext db, string reference, PageModel page)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows)
            .FirstOrDefaultAsync(a => a.Reference == reference.ToUpperInvariant(), page.HttpContext.RequestAborted);
        if (agreement is null || !ProtocolsAccess.CanRead(page.User, agreement))
        {
            return (null, page.NotFound());
        }
        return ProtocolsAccess.CanEdit(page.User, agreement) ? (agreement, null) : (null, page.StatusCode(StatusCodes.Status403Forbidden));
    }

    /// <summary>Saves this step's change to the stored draft, then goes to the next step (or shows the problems).</summary>
    protected async Task<IActionResult> SaveAsync(Func<AgreementInput, AgreementInput> change, string next)
    {
        var result = await handlers.UpdateAsync(Agreement.Id, Version, change(InputOf(Agreement)), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(UrlFor(Agreement.Reference, next));
        }
        Errors.AddRange(result.Problems.Select(p => (p.Field, l.Localise(p))));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public static string UrlFor(string reference, string step) => step == "flows" ? $"/library/{reference}/flows" : $"/library/{reference}/edit/{step}";

    public static AgreementInput InputOf(Agreement a) => new(
        a.Kind, a.TitleEn, a.TitleCy, a.SummaryEn, a.SummaryCy, a.Purpose, a.ServiceArea, a.Regions, a.CoordinatorId,
        [.. a.Partners.Where(p => p.OrganisationId != a.CoordinatorId).Select(p => new PartnerInput(p.OrganisationId, p.Role))],
        a.ServiceUsers, a.DataCategories, a.ConsentRequired, a.Gateways, a.OtherLegalBasis, a.ConsentHowObtained, a.ConsentReviewInterval,
        a.ConsentOverrideCriteria, a.SecurityNotes, a.RetentionNotes, a.ReviewDue, a.DpiaReference, a.DpiaStatus, a.DevelopmentStarted,
        a.PractitionerHours);

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => string.Equals(e.Field, field, StringComparison.OrdinalIgnoreCase)).Message;

    protected static List<T> Parse<T>(IEnumerable<string> values) where T : struct, Enum
        => [.. values.Select(v => Enum.TryParse<T>(v, out var parsed) && Enum.IsDefined(parsed) ? (T?)parsed : null).OfType<T>()];

    protected static bool IsDraft(Agreement a) => a.Status == AgreementStatus.Draft;
}

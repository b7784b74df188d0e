using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>
/// One step of the draft editor (basics → partners → data and legal basis → flows → review). Each step posts only
/// its own fields; the rest come from the stored draft, and the whole is checked and saved with the version the
/// person loaded, so two people editing different steps at once cannot overwrite each other unseen.
/// </summary>
[Authorize]
internal abstract class DraftStepPage(ProtocolsDbContext db, UpdateDraftHandler update, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    public static readonly (string Step, string Title)[] Steps =
    [
        ("basics", "Basics"), ("partners", "Partners"), ("legal", "Data and legal basis"), ("flows", "Information flows"), ("review", "Review and submit"),
    ];

    [BindProperty] public int Version { get; set; }

    public Agreement Agreement { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The legal-bases list, to name the bases a draft cites and offer the current ones.</summary>
    public LegalBasisLaw LegalBases { get; private set; } = new([]);

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
        LegalBases = await db.LegalBasisLawAsync(HttpContext.RequestAborted);
        if (!HttpMethods.IsPost(Request.Method))
        {
            Version = agreement.Version;
        }
        return null;
    }

    /// <summary>The agreement by reference if the user may edit it; otherwise 404 (cannot see it) or 403 (cannot change it).</summary>
    public static async Task<(Agreement? Agreement, IActionResult? Stop)> FindEditableAsync(ProtocolsDbContext db, string reference, PageModel page)
    {
        if (await db.FindReadableAsync(null, reference, page.User, page.HttpContext.RequestAborted) is not { } agreement)
        {
            return (null, page.NotFound());
        }
        return ProtocolsAccess.CanEdit(page.User, agreement) ? (agreement, null) : (null, page.StatusCode(StatusCodes.Status403Forbidden));
    }

    /// <summary>Saves this step's change to the stored draft, then goes to the next step (or shows the problems).</summary>
    protected async Task<IActionResult> SaveAsync(Func<AgreementInput, AgreementInput> change, string next)
    {
        var result = await update.HandleAsync(Agreement.Id, Version, change(InputOf(Agreement)), User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect(UrlFor(Agreement.Reference, next));
        }
        return Refused(result.Problems);
    }

    public static string UrlFor(string reference, string step) => step == "flows" ? $"/library/{reference}/flows" : $"/library/{reference}/edit/{step}";

    public static AgreementInput InputOf(Agreement a) => new(
        a.Kind, a.TitleEn, a.TitleCy, a.SummaryEn, a.SummaryCy, a.Purpose, a.ServiceArea, a.Regions, a.CoordinatorId,
        [.. a.Partners.Where(p => p.OrganisationId != a.CoordinatorId).Select(p => new PartnerInput(p.OrganisationId, p.Role))],
        a.ServiceUsers, a.DataCategories, a.ConsentRequired, a.Gateways, a.OtherLegalBasis, a.ConsentHowObtained, a.ConsentReviewInterval,
        a.ConsentOverrideCriteria, a.SecurityNotes, a.RetentionNotes, a.ReviewDue, a.DpiaReference, a.DpiaStatus, a.DevelopmentStarted,
        a.PractitionerHours);

    public string? ErrorFor(string field) => Errors.For(field);

    /// <summary>Shows this step again with the handler's problems and the status they call for.</summary>
    protected IActionResult Refused(IReadOnlyList<SharedKernel.Errors.Problem> problems)
    {
        Errors = FormErrors.From(problems, l);
        Response.StatusCode = PageProblems.StatusFor(problems);
        return Page();
    }

    protected static List<T> Parse<T>(IEnumerable<string> values) where T : struct, Enum
        => [.. values.Select(v => Enum.TryParse<T>(v, out var parsed) && Enum.IsDefined(parsed) ? (T?)parsed : null).OfType<T>()];

    protected static bool IsDraft(Agreement a) => a.Status == AgreementStatus.Draft;
}

using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.EditFlows;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>
/// The Information Flow Reference Table of a draft, edited in place: with htmx, adding or removing a row swaps
/// just the table; without JavaScript each action posts and the page comes back.
/// </summary>
[Authorize]
internal sealed class FlowsModel(ProtocolsDbContext db, ISignatoriesApi register, EditFlowsHandler flows, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    [BindProperty] public NewFlow Flow { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    [BindProperty] public Guid FlowId { get; set; }
    [BindProperty] public List<string> FlowBases { get; set; } = [];

    public Agreement Agreement { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, OrganisationSummary> Partners { get; private set; } = new Dictionary<Guid, OrganisationSummary>();
    public FormErrors Errors { get; private set; } = new();
    public LegalBasisLaw LegalBases { get; private set; } = new([]);

    /// <summary>What the add form offers: the current bases, by group.</summary>
    public IEnumerable<IGrouping<LegalBasisGroup, LegalBasis>> OfferedBases => LegalBases.Offered([]).GroupBy(b => b.Group);

    /// <summary>What a row's form offers: the current bases, and any other this flow already cites.</summary>
    public IEnumerable<IGrouping<LegalBasisGroup, LegalBasis>> OfferedFor(InformationFlow flow) => LegalBases.Offered(flow.LegalBases ?? []).GroupBy(b => b.Group);

    /// <summary>A flow's bases by name, or a dash when none is recorded.</summary>
    public string BasesOf(InformationFlow flow) => flow.LegalBases is { Count: > 0 } codes ? string.Join("; ", codes.Select(c => l.Basis(LegalBases, c))) : "—";

    public async Task<IActionResult> OnGetAsync(string reference) => await LoadAsync(reference) ?? Page();

    public async Task<IActionResult> OnPostAddAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        var result = await flows.AddAsync(Agreement.Id, Version, Flow.ToInput(), User, HttpContext.RequestAborted);
        return await RespondAsync(reference, result, clearForm: true);
    }

    /// <summary>Changes one row's legal bases, keeping the rest of the row as it is.</summary>
    public async Task<IActionResult> OnPostBasesAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        if (Agreement.Flows.FirstOrDefault(f => f.Id == FlowId) is not { } f)
        {
            return NotFound();
        }
        var input = new FlowInput(f.Stage, f.CustomStage, f.FromOrganisationId, f.ToOrganisationId, f.Data, f.Method, f.Frequency, FlowBases);
        var result = await flows.UpdateAsync(FlowId, Version, input, User, HttpContext.RequestAborted);
        return await RespondAsync(reference, result, clearForm: false);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        var result = await flows.RemoveAsync(FlowId, Version, User, HttpContext.RequestAborted);
        return await RespondAsync(reference, result, clearForm: false);
    }

    public string Name(Guid id) => Partners.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : id.ToString();

    private async Task<IActionResult> RespondAsync(string reference, Result<Agreement> result, bool clearForm)
    {
        if (result.Succeeded && !Request.IsHtmx())
        {
            return Redirect($"/library/{reference}/flows");
        }
        if (result.Succeeded)
        {
            if (clearForm)
            {
                Flow = new NewFlow();
            }
        }
        else
        {
            Errors = FormErrors.From(result.Problems, l, anchorPrefix: "flow-");
            Response.StatusCode = PageProblems.StatusFor(result.Problems);
        }
        db.ChangeTracker.Clear();
        await LoadAsync(reference);
        return Request.IsHtmx() ? Partial("_FlowTable", this) : Page();
    }

    private async Task<IActionResult?> LoadAsync(string reference)
    {
        var (agreement, stop) = await DraftStepPage.FindEditableAsync(db, reference, this);
        if (agreement is null)
        {
            return stop;
        }
        Agreement = agreement;
        Partners = await register.FindAsync([.. agreement.PartnerIds], HttpContext.RequestAborted);
        LegalBases = await db.LegalBasisLawAsync(HttpContext.RequestAborted);
        return null;
    }
}

/// <summary>The add-a-row form.</summary>
internal sealed class NewFlow
{
    public FlowStage Stage { get; set; } = FlowStage.Referral;
    public string? CustomStage { get; set; }
    public Guid From { get; set; }
    public Guid To { get; set; }
    public List<DataCategory> Data { get; set; } = [];
    public FlowMethod Method { get; set; } = FlowMethod.SecureEmail;
    public string? Frequency { get; set; }
    public List<string> LegalBases { get; set; } = [];

    public FlowInput ToInput() => new(Stage, CustomStage, From, To, Data, Method, Frequency, LegalBases);
}

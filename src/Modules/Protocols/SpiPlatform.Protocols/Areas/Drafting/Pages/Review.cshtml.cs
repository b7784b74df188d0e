using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.SubmitForQualityAssurance;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Step 5: check the draft, then submit it to the WASPI team for quality assurance.</summary>
internal sealed class ReviewModel(
    ProtocolsDbContext db, UpdateDraftHandler update, SubmitForQualityAssuranceHandler submit, ISignatoriesApi register, IStringLocalizer<ProtocolsResource> l)
    : DraftStepPage(db, update, l)
{
    public IReadOnlyDictionary<Guid, OrganisationSummary> Organisations { get; private set; } = new Dictionary<Guid, OrganisationSummary>();

    public override string Step => "review";

    public async Task<IActionResult> OnGetAsync(string reference) => await LoadAsync(reference) ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        var result = await submit.HandleAsync(Agreement.Id, Version, User, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return Redirect($"/library/{Agreement.Reference}");
        }
        Refused(result.Problems);
        return await ShowAsync();
    }

    public string Name(Guid id) => Organisations.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : id.ToString();

    private async Task<IActionResult> ShowAsync()
    {
        Organisations = await register.FindAsync([.. Agreement.PartnerIds], HttpContext.RequestAborted);
        return Page();
    }
}

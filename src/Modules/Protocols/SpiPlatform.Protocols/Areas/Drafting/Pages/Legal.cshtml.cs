using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Step 3: what personal information is shared and on what legal basis.</summary>
internal sealed class LegalModel(ProtocolsDbContext db, UpdateDraftHandler update, IStringLocalizer<ProtocolsResource> l) : DraftStepPage(db, update, l)
{
    [BindProperty] public List<string> DataCategories { get; set; } = [];
    [BindProperty] public bool ConsentRequired { get; set; }
    [BindProperty] public string? ConsentHowObtained { get; set; }
    [BindProperty] public string? ConsentReviewInterval { get; set; }
    [BindProperty] public string? ConsentOverrideCriteria { get; set; }
    [BindProperty] public List<string> Gateways { get; set; } = [];
    [BindProperty] public string? OtherLegalBasis { get; set; }
    [BindProperty] public string? SecurityNotes { get; set; }
    [BindProperty] public string? RetentionNotes { get; set; }

    public override string Step => "legal";

    /// <summary>The current bases by group, and a repealed or retired one only where this draft already cites it.</summary>
    public IEnumerable<IGrouping<LegalBasisGroup, LegalBasis>> OfferedBases => LegalBases.Offered(Agreement.Gateways).GroupBy(b => b.Group);

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        var a = Agreement;
        DataCategories = [.. a.DataCategories.Select(d => d.ToString())];
        Gateways = [.. a.Gateways];
        (ConsentRequired, ConsentHowObtained, ConsentReviewInterval, ConsentOverrideCriteria, OtherLegalBasis, SecurityNotes, RetentionNotes) =
            (a.ConsentRequired, a.ConsentHowObtained, a.ConsentReviewInterval, a.ConsentOverrideCriteria, a.OtherLegalBasis, a.SecurityNotes, a.RetentionNotes);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
        => await LoadAsync(reference) ?? await SaveAsync(input => input with
        {
            DataCategories = Parse<DataCategory>(DataCategories),
            ConsentRequired = ConsentRequired,
            ConsentHowObtained = ConsentHowObtained,
            ConsentReviewInterval = ConsentReviewInterval,
            ConsentOverrideCriteria = ConsentOverrideCriteria,
            Gateways = Gateways,
            OtherLegalBasis = OtherLegalBasis,
            SecurityNotes = SecurityNotes,
            RetentionNotes = RetentionNotes,
        }, next: "flows");
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Areas.Drafting.Pages;

/// <summary>Step 1: what the agreement is for.</summary>
internal sealed class BasicsModel(ProtocolsDbContext db, UpdateDraftHandler update, IStringLocalizer<ProtocolsResource> l) : DraftStepPage(db, update, l)
{
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? TitleEn { get; set; }
    [BindProperty] public string? TitleCy { get; set; }
    [BindProperty] public string? SummaryEn { get; set; }
    [BindProperty] public string? SummaryCy { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? ServiceArea { get; set; }
    [BindProperty] public List<string> Regions { get; set; } = [];
    [BindProperty] public string? ServiceUsers { get; set; }
    [BindProperty] public DateOnly? ReviewDue { get; set; }

    public override string Step => "basics";

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        if (await LoadAsync(reference) is { } stop)
        {
            return stop;
        }
        var a = Agreement;
        (Kind, TitleEn, TitleCy, SummaryEn, SummaryCy, Purpose, ServiceArea, ServiceUsers, ReviewDue) =
            (a.Kind.ToString(), a.TitleEn, a.TitleCy, a.SummaryEn, a.SummaryCy, a.Purpose, a.ServiceArea.ToString(), a.ServiceUsers, a.ReviewDue);
        Regions = [.. a.Regions.Select(r => r.ToString())];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string reference)
        => await LoadAsync(reference) ?? await SaveAsync(input => input with
        {
            Kind = Enum.TryParse<AgreementKind>(Kind, out var kind) ? kind : input.Kind,
            TitleEn = TitleEn,
            TitleCy = TitleCy,
            SummaryEn = SummaryEn,
            SummaryCy = SummaryCy,
            Purpose = Purpose,
            ServiceArea = Enum.TryParse<AgreementServiceArea>(ServiceArea, out var area) && Enum.IsDefined(area) ? area : null,
            Regions = Parse<ServiceArea>(Regions),
            ServiceUsers = ServiceUsers,
            ReviewDue = ReviewDue,
        }, next: "partners");
}

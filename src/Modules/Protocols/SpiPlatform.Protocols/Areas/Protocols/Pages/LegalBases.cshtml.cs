using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.ManageLegalBases;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Protocols.Pages;

/// <summary>The list of legal bases, grouped, for anyone to read; the programme team adds and retires entries here.</summary>
[AllowAnonymous]
internal sealed class LegalBasesModel(ProtocolsDbContext db, ManageLegalBasesHandler manage, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    public const string Path = "/library/legal-bases";

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? NameCy { get; set; }
    [BindProperty] public string? Group { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty(SupportsGet = true)] public bool Retired { get; set; }
    [TempData] public string? Message { get; set; }

    /// <summary>What was just done, shown in the panel htmx swaps in (TempData carries it across a redirect instead).</summary>
    public string? Done { get; private set; }

    public List<LegalBasis> Bases { get; private set; } = [];

    public FormErrors AddErrors { get; private set; } = new();

    public FormErrors RetireErrors { get; private set; } = new();

    /// <summary>The entry whose retire button the errors belong to.</summary>
    public string? RetireCode { get; private set; }

    public bool MayManage => ManageLegalBasesHandler.MayManage(User);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var group = Enum.TryParse<LegalBasisGroup>(Group, out var parsed) && Enum.IsDefined(parsed) ? parsed : (LegalBasisGroup?)null;
        var result = await manage.AddAsync(new AddLegalBasisInput(Code, NameEn, NameCy, group), User, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            AddErrors = FormErrors.From(result.Problems, l, "add-");
        }
        return await AnswerAsync(result, b => l["{0} is on the list.", Bilingual.Pick(b.NameEn, b.NameCy)]);
    }

    public async Task<IActionResult> OnPostRetireAsync()
    {
        var result = await manage.RetireAsync(new RetireLegalBasisInput(Code, Version), User, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            RetireErrors = FormErrors.From(result.Problems, l);
            RetireCode = Code;
        }
        return await AnswerAsync(result, b => l["{0} is retired: drafts are no longer offered it.", Bilingual.Pick(b.NameEn, b.NameCy)]);
    }

    public static string RowId(LegalBasis basis) => $"basis-{basis.Code}";

    private async Task<IActionResult> AnswerAsync(Result<LegalBasis> result, Func<LegalBasis, string> done)
    {
        if (result.Succeeded)
        {
            if (!Request.IsHtmx())
            {
                Message = done(result.Value!);
                return Redirect(Retired ? $"{Path}?retired=true" : Path);
            }
            Done = done(result.Value!);
            (Code, NameEn, NameCy, Group) = (null, null, null, null);
            ModelState.Clear();
        }
        else
        {
            Response.StatusCode = PageProblems.StatusFor(result.Problems);
        }
        await LoadAsync();
        if (Request.IsHtmx())
        {
            return Partial("_LegalBasesPanel", this);
        }
        return Page();
    }

    private async Task LoadAsync()
    {
        var rows = await db.LegalBases.AsNoTracking().Where(b => Retired || b.RetiredAt == null).ToListAsync(HttpContext.RequestAborted);
        Bases = [.. LegalBasisLaw.Ordered(rows)];
    }
}

using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Signatories.Features.SearchRegister;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>The public Accord register: search, filter, sort and page; htmx asks for just the results.</summary>
[AllowAnonymous]
internal sealed class RegisterModel(RegisterSearch search) : PageModel
{
    public const string Path = "/signatories";

    public RegisterFilter Filter { get; private set; } = null!;

    public RegisterPage Results { get; private set; } = null!;

    public int PageNumber { get; private set; }

    public int PageCount => Math.Max(1, (Results.TotalCount + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize);

    /// <summary>Whether this answer replaces the results in a page already shown (so the count goes out of band).</summary>
    public bool IsPartial { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Filter = RegisterFilter.From(Request.Query);
        PageNumber = Filter.Page;
        Results = await search.SearchAsync(Filter.ForPage(PageNumber), ct);
        if (Results.Items.Count == 0 && PageNumber > PageCount)
        {
            // A link to a page past the end (the register shrank since it was shared): show the last page.
            PageNumber = PageCount;
            Results = await search.SearchAsync(Filter.ForPage(PageNumber), ct);
        }

        // The same URL answers with a partial or a whole page: caches must keep them apart.
        Response.Htmx(h => h.WithVary());
        IsPartial = Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest();
        return IsPartial ? Partial("_RegisterResults", this) : Page();
    }

    public string PageLink(int page) => Path + Filter.ToQueryString(page);

    public string CountText(IStringLocalizer l)
        => Results.TotalCount == 1 ? l["1 organisation"] : l["{0} organisations", Results.TotalCount];

    public string CsvLink => RegisterCsvEndpoint.Path + Filter.ToQueryString();
}

using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Signatories.Features.SearchRegister;

/// <summary>
/// <c>GET /signatories/register.csv</c>: every organisation matching the register page's query string (not one page),
/// in the page's order, from the same <see cref="RegisterSearch"/> as the page and the GraphQL API.
/// </summary>
internal static class RegisterCsvEndpoint
{
    public const string Path = "/signatories/register.csv";

    private const int Batch = 1000;

    public static async Task WriteAsync(
        HttpContext http, RegisterSearch search, IStringLocalizer<SignatoriesResource> l, TimeProvider clock, CancellationToken ct)
    {
        var filter = RegisterFilter.From(http.Request.Query);
        var today = clock.TodayInWales().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=waspi-register-{today}.csv";

        await using var writer = new StreamWriter(http.Response.Body, Csv.Utf8WithBom);
        await writer.WriteAsync(Csv.Row([l["Name (English)"], l["Name (Welsh)"], l["Sector"], l["Areas"], l["Status"], l["Signed on"], l["Website"]]));
        for (var offset = 0; ; offset += Batch)
        {
            var page = await search.SearchAsync(filter.ToQuery(offset, Batch), ct);
            foreach (var organisation in page.Items)
            {
                await writer.WriteAsync(Csv.Row(Cells(organisation, l)));
            }
            if (page.Items.Count < Batch || offset + Batch >= page.TotalCount)
            {
                break;
            }
        }
    }

    private static string?[] Cells(Organisation o, IStringLocalizer l) =>
    [
        o.NameEn,
        o.NameCy,
        OrganisationSectorNames.Of(o.Sector),
        string.Join("; ", o.Areas.Select(a => ServiceAreaNames.Of(a))),
        l.Status(o.Status),
        o.SignedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        o.Website,
    ];
}

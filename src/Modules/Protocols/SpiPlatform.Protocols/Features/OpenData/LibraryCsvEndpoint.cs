using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Features.OpenData;

/// <summary>
/// <c>GET /library.csv</c>: the public library's results for the page's query string (all of them, not one page), in the
/// page's order, written with the register's formula-safe <see cref="Csv"/>.
/// </summary>
internal static class LibraryCsvEndpoint
{
    public const string Path = "/library.csv";

    public static async Task WriteAsync(
        HttpContext http, PublicLibrary library, ISignatoriesApi register, IStringLocalizer<ProtocolsResource> l, TimeProvider clock, CancellationToken ct)
    {
        var agreements = new List<Agreement>();
        await foreach (var a in library.AllAsync(PublicLibrary.QueryFrom(http.Request.Query), ct))
        {
            agreements.Add(a);
        }
        var names = await register.FindAsync([.. agreements.Select(a => a.CoordinatorId).Distinct()], ct);
        var today = clock.TodayInWales().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=waspi-library-{today}.csv";
        var site = $"{http.Request.Scheme}://{http.Request.Host}";

        await using var writer = new StreamWriter(http.Response.Body, Csv.Utf8WithBom);
        await writer.WriteAsync(Csv.Row([l["Reference"], l["Title in English"], l["Title in Welsh"], l["Kind of agreement"], l["Status"],
            l["Service area"], l["Coordinator"], l["Partners"], l["Live since"], l["Review date"], l["Link"]]));
        foreach (var a in agreements)
        {
            var coordinator = names.TryGetValue(a.CoordinatorId, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : "";
            await writer.WriteAsync(Csv.Row([a.Reference, a.TitleEn, a.TitleCy, l.Kind(a.Kind), l.Status(a.Status), l.Service(a.ServiceArea), coordinator,
                a.Partners.Count.ToString(CultureInfo.InvariantCulture), a.LiveOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                a.ReviewDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), $"{site}/library/{a.Reference}"]));
        }
    }
}

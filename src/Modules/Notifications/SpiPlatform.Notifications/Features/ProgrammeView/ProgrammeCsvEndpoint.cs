using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SpiPlatform.Notifications.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.Notifications.Features.ProgrammeView;

/// <summary><c>GET /notifications/programme.csv</c>: the programme view's rows for the same query string, reviews then renewals.</summary>
internal static class ProgrammeCsvEndpoint
{
    public const string PagePath = "/notifications/programme";

    public const string Path = PagePath + ".csv";

    public static async Task<IResult> HandleAsync(HttpContext http, ProgrammeDueDates dueDates, IStringLocalizer<NotificationsResource> l, CancellationToken ct)
    {
        var (filter, problems) = ProgrammeFilterReader.Read(http.Request.Query);
        if (problems.Count > 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: string.Join(" ", problems.Select(p => $"{p.Field}: {l.Localise(p)}")));
        }
        var list = await dueDates.ListAsync(filter, ct);
        var csv = new StringBuilder();
        csv.Append(Csv.Row([l["Kind"], l["Reference"], l["Name"], l["Coordinator"], l["Due on"], l["Days until due"], l["State"], l["Areas"], l["Service area"]]));
        foreach (var r in list.Reviews)
        {
            var a = r.Agreement;
            csv.Append(Csv.Row([l["Agreement review"], a.Reference, Bilingual.Pick(a.TitleEn, a.TitleCy), Bilingual.Pick(r.CoordinatorEn, r.CoordinatorCy),
                Date(a.ReviewDue), Days(r.DaysFromToday), ProgrammeText.ReviewState(r, l), Areas(a.Regions), AgreementServiceAreaNames.Of(a.ServiceArea)]));
        }
        foreach (var r in list.Renewals)
        {
            var s = r.Signature;
            csv.Append(Csv.Row([l["Accord renewal"], "", Bilingual.Pick(s.NameEn, s.NameCy), "", Date(s.RenewalDue), Days(r.DaysFromToday),
                ProgrammeText.RenewalState(r, l), string.Join("; ", s.Areas.Select(ServiceAreaNames.Of)), ""]));
        }
        var today = list.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=waspi-reviews-and-renewals-{today}.csv";
        return Results.Bytes([.. Csv.Utf8WithBom.GetPreamble(), .. Csv.Utf8WithBom.GetBytes(csv.ToString())], "text/csv; charset=utf-8");
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);

    private static string Areas(IReadOnlyList<string> regions)
        => string.Join("; ", regions.Select(r => Enum.TryParse<ServiceArea>(r, out var a) ? ServiceAreaNames.Of(a) : r));
}

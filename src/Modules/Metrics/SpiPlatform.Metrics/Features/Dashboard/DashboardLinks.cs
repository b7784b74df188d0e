using Microsoft.AspNetCore.Http;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.Dashboard;

/// <summary>
/// Where each number drills down to: the Accord register (<c>/signatories</c>: <c>status</c>, <c>sector</c>, <c>area</c>)
/// or the library (<c>/library</c>: <c>status</c>, <c>service</c>, <c>sector</c>, <c>region</c>, <c>review</c>), with the
/// dashboard's filters as those pages name them. The lists show the register and library as they are today.
/// </summary>
internal static class DashboardLinks
{
    public const string RegisterPath = "/signatories";
    public const string LibraryPath = "/library";

    /// <summary>The live agreements as the dashboard counts them.</summary>
    public static readonly AgreementStatus[] Live = [AgreementStatus.Live, AgreementStatus.UnderReview];

    /// <summary>The active signatories of the filter's sector and area (or of the sector or area given).</summary>
    public static string Register(DashboardFilter f, OrganisationSector? sector = null, ServiceArea? area = null)
        => RegisterPath + Query(("status", AccordStatus.Active.ToString()), ("sector", (sector ?? f.Sector)?.ToString()), ("area", (area ?? f.Area)?.ToString()));

    /// <summary>The agreements in these statuses passing the filter (or of the service area or region given).</summary>
    public static string Library(DashboardFilter f, IEnumerable<AgreementStatus> statuses, AgreementServiceArea? service = null, ServiceArea? region = null)
        => LibraryPath + Query([.. statuses.Select(s => ("status", (string?)s.ToString())), .. Filters(f, service, region)]);

    /// <summary>Every agreement passing the filter, whatever its status.</summary>
    public static string Library(DashboardFilter f, ServiceArea? region = null) => LibraryPath + Query([.. Filters(f, null, region)]);

    /// <summary>The agreements passing the filter whose review date has passed.</summary>
    public static string ReviewsOverdue(DashboardFilter f) => LibraryPath + Query([.. Filters(f, null, null), ("review", "LAPSED")]);

    public static string Agreement(string reference) => $"{LibraryPath}/{Uri.EscapeDataString(reference)}";

    private static IEnumerable<(string, string?)> Filters(DashboardFilter f, AgreementServiceArea? service, ServiceArea? region)
        => [("service", (service ?? f.ServiceArea)?.ToString()), ("sector", f.Sector?.ToString()), ("region", (region ?? f.Area)?.ToString())];

    private static string Query(params (string Name, string? Value)[] pairs)
        => QueryString.Create(pairs.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value))).ToString();
}

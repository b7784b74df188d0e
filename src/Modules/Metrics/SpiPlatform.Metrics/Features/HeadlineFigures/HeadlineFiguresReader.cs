using SpiPlatform.Metrics.Contracts;
using SpiPlatform.Metrics.Features.Dashboard;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Metrics.Features.HeadlineFigures;

/// <summary>
/// The home page's figures: the current month's active signatories and live agreements from the same figures the
/// dashboard and the GraphQL <c>metrics</c> query use, and the newest live agreements (public, ADR 0006) from Protocols.
/// </summary>
internal sealed class HeadlineFiguresReader(AdoptionFigures adoption, AgreementFigures agreements, IProtocolsApi protocols, TimeProvider clock) : IHeadlineFigures
{
    public async Task<Contracts.HeadlineFigures> ReadAsync(int newest, CancellationToken ct)
    {
        var today = clock.TodayInWales();
        var month = Month.Of(today);
        var active = (await adoption.ComputeAsync(new FigureQuery(month, month, MetricDimensions.Total, null, null, null), ct)).Active;
        var byStatus = (await agreements.ComputeAsync(new FigureQuery(month, month, MetricDimensions.Status, null, null, null), ct)).Agreements;
        var live = DashboardLinks.Live.Select(s => Names.Constant(s)).ToHashSet(StringComparer.Ordinal);
        var newestLive = (await protocols.ListLiveAsync(DateOnly.MinValue, today, withConsentReviewOnly: false, ct))
            .OrderByDescending(a => a.LiveOn).ThenBy(a => a.Reference, StringComparer.Ordinal).Take(newest)
            .Select(a => new HeadlineAgreement(a.Reference, a.TitleEn, a.TitleCy, a.LiveOn)).ToList();
        return new Contracts.HeadlineFigures(active.Sum(p => p.Value), byStatus.Where(p => live.Contains(p.Dimension)).Sum(p => p.Value), newestLive);
    }
}

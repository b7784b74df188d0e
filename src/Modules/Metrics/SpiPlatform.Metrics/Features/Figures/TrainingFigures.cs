using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>
/// Training figures as they stand today: the Training contract gives current counts only (no dated history), so every
/// point is for the current month and the monthly snapshot is what keeps the past.
/// </summary>
/// <param name="Month">The current month (Welsh time), the period every point carries.</param>
/// <param name="Needs">Training needs by status (IDENTIFIED, PLANNED, MET, CANCELLED).</param>
/// <param name="Coverage">Partner organisations of live agreements with training needs, and those with a need met.</param>
/// <param name="Facilitators">Facilitators on the register per area they cover.</param>
/// <param name="AvailableFacilitators">Of those, how many are available now.</param>
internal sealed record TrainingSeries(
    Month Month, IReadOnlyList<FigurePoint> Needs, TrainingCoverage Coverage, IReadOnlyList<FigurePoint> Facilitators, IReadOnlyList<FigurePoint> AvailableFacilitators);

/// <summary>Reads the training figures through <see cref="ITrainingApi"/> (small aggregates the Training module counts).</summary>
internal sealed class TrainingFigures(ITrainingApi training, TimeProvider clock)
{
    public async Task<TrainingSeries> ComputeAsync(ServiceArea? area, CancellationToken ct)
    {
        var month = Month.Of(clock.TodayInWales()).ToString();
        var needs = await training.NeedsByStatusAsync(ct);
        var facilitators = (await training.FacilitatorsByAreaAsync(ct)).Where(f => area is null || f.Area == area)
            .OrderBy(f => Names.Constant(f.Area), StringComparer.Ordinal).ToList();
        return new TrainingSeries(Month.Of(clock.TodayInWales()),
            [.. needs.OrderBy(n => n.Key).Select(n => new FigurePoint(month, Names.Constant(n.Key), n.Value))],
            await training.LiveAgreementCoverageAsync(ct),
            [.. facilitators.Select(f => new FigurePoint(month, Names.Constant(f.Area), f.Facilitators))],
            [.. facilitators.Select(f => new FigurePoint(month, Names.Constant(f.Area), f.Available))]);
    }
}

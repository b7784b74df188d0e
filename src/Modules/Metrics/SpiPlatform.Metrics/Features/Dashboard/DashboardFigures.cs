using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Metrics.Features.Dashboard;

/// <summary>
/// Everything the dashboard shows for one filter, taken from the figures the GraphQL <c>metrics</c> query returns for
/// the same arguments (never counted a second way): the tiles are those series' values at the period's last month.
/// </summary>
internal sealed record DashboardFigures(
    DashboardFilter Filter,
    DashboardTiles Tiles,
    IReadOnlyList<Month> Months,
    IReadOnlyList<SectorSeries> AdoptionBySector,
    IReadOnlyList<Counted<AgreementStatus>> AgreementsByStatus,
    IReadOnlyList<Counted<AgreementServiceArea>> AgreementsByServiceArea,
    IReadOnlyList<TurnaroundBin> Turnaround,
    IReadOnlyList<DecidedRound> DecidedRounds,
    IReadOnlyList<AreaAdoption> Areas);

/// <param name="LiveAgreements">Live or under review at the period's end.</param>
/// <param name="TurnaroundMedian">Median working days of the QA rounds decided in the period; null when none was.</param>
/// <param name="RoundsDecided">How many rounds that median is taken over.</param>
/// <param name="ReviewsOverdue">Live agreements whose review date had passed at the period's end.</param>
/// <param name="Training">Coverage of live agreements' partners by training as it stands today.</param>
internal sealed record DashboardTiles(
    int ActiveSignatories, int LiveAgreements, int InQualityAssurance, int AwaitingSignOff, double? TurnaroundMedian, int RoundsDecided,
    int ReviewsOverdue, TrainingCoverage Training);

/// <summary>One sector's active signatories at each month's end.</summary>
internal sealed record SectorSeries(OrganisationSector Sector, IReadOnlyList<int> Values);

/// <summary>A count for one value of an enumeration.</summary>
internal sealed record Counted<T>(T Value, int Count) where T : struct, Enum;

/// <summary>Rounds whose turnaround (working days) falls between <paramref name="Low"/> and <paramref name="High"/> (both included; no upper bound when null).</summary>
internal sealed record TurnaroundBin(int Low, int? High, int Count);

/// <summary>A principal area: active signatories serving it and agreements covering it, at the period's end.</summary>
internal sealed record AreaAdoption(ServiceArea Area, int ActiveSignatories, int Agreements);

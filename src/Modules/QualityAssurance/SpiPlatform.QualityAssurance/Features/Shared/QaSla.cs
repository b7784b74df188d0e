using Microsoft.Extensions.Options;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.QualityAssurance.Features.Shared;

/// <summary>Measures rounds against the configured turnaround target, as of today in Wales.</summary>
internal sealed class QaSla(IOptions<QaOptions> options, TimeProvider clock)
{
    public int Target => options.Value.TurnaroundTargetWorkingDays;

    public QaTurnaround Of(QaRound round)
        => QaTurnaround.Of(round, clock.TodayInWales(), options.Value.TurnaroundTargetWorkingDays, options.Value.DueSoonWithinWorkingDays);
}

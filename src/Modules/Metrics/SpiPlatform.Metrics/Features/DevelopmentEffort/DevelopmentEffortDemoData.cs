using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Data;
using Effort = SpiPlatform.Metrics.Domain.DevelopmentEffortRecord;

namespace SpiPlatform.Metrics.Features.DevelopmentEffort;

/// <summary>
/// The one development-effort figure the source document gives: the POVA Powys case study's "in the region of 30 hours
/// each to deliver an ISP over an eight to nine month period", up to its submission to QA in March 2012. The case study
/// does not say how many practitioners took part, so that (and the hours in all) is left unrecorded. The other case
/// studies give no hours, so they have no record.
/// </summary>
internal sealed class DevelopmentEffortDemoData(MetricsDbContext db, IProtocolsApi protocols) : IDemoDataSeeder
{
    public const string PowysReference = "ISP-2012-0002";

    public const string PowysSource = "SQW evaluation case study, Protection of Vulnerable Adults, Powys: \"taking in the region of 30 hours each "
        + "to deliver an ISP over an eight to nine month period\" (practitioners; their number is not given).";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await protocols.FindByReferenceAsync(PowysReference, ct) is not { } powys
            || await db.DevelopmentEffort.AnyAsync(e => e.AgreementId == powys.Id, ct))
        {
            return;
        }
        db.DevelopmentEffort.Add(new Effort
        {
            AgreementId = powys.Id, Practitioners = null, HoursPerPractitioner = 30, PeriodMonthsLow = 8, PeriodMonthsHigh = 9,
            PeriodEnded = new DateOnly(2012, 3, 1), Source = PowysSource, RecordedBy = "system:demo-data",
            RecordedAt = new DateTimeOffset(2012, 6, 1, 0, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync(ct);
    }
}

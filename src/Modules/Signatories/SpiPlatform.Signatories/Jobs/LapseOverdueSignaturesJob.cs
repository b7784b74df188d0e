using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Jobs;

/// <summary>Daily: an active signature whose renewal date has passed lapses. Running it twice changes nothing more.</summary>
internal sealed class LapseOverdueSignaturesJob(SignatoriesDbContext db, TimeProvider clock)
{
    public const string Id = "signatories-lapse-overdue";
    private static readonly Actor System = new("system:renewal-check", "Renewal check");

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.TodayInWales();
        var overdue = await db.Organisations.Include(o => o.Signatures)
            .Where(o => o.Signatures.Any(s => s.Status == SignatureStatus.Active && s.RenewalDueOn < today))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var organisation in overdue)
        {
            var before = OrganisationSnapshot.Of(organisation);
            var signature = organisation.Signatures.Single(s => s.Status == SignatureStatus.Active);
            signature.Status = SignatureStatus.Lapsed;
            signature.DecidedAt = now;
            signature.DecidedBy = System.Id;
            signature.Reason = $"Not renewed by {signature.RenewalDueOn:yyyy-MM-dd}.";
            organisation.RefreshStatus();
            organisation.Touch(now);
            db.Record(organisation, System, "Lapsed", before, now);
        }
        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}

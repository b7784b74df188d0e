using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>Reading the legal-bases list (a few dozen rows, read whole).</summary>
internal static class LegalBasisStore
{
    public static async Task<LegalBasisLaw> LegalBasisLawAsync(this ProtocolsDbContext db, CancellationToken ct)
        => new(await db.LegalBases.AsNoTracking().ToListAsync(ct));
}

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

/// <summary>The list read once per request, for fields that name the bases of many agreements.</summary>
internal sealed class LegalBasisList(ProtocolsDbContext db)
{
    private Task<LegalBasisLaw>? _law;

    public Task<LegalBasisLaw> LawAsync(CancellationToken ct) => _law ??= db.LegalBasisLawAsync(ct);
}

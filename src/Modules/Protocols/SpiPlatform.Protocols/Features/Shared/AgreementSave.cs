using SpiPlatform.Protocols.Data;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>Saves an agreement's change; a stale version or a clashing unique value is a CONFLICT.</summary>
internal static class AgreementSave
{
    public static Task<Problem?> TrySaveAsync(this ProtocolsDbContext db, CancellationToken ct)
        => db.TrySaveAsync(
            Problem.Conflict("Someone else changed this agreement while you were editing. Reload it and make your change again.", "version"),
            _ => Problem.Conflict("That change clashes with another agreement."),
            ct);
}

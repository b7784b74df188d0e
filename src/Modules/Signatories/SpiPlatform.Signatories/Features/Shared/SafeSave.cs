using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>Saves an organisation's change; a stale version or a duplicate that slipped past the checks is a CONFLICT.</summary>
internal static class SafeSave
{
    public static Task<Problem?> TrySaveAsync(this SignatoriesDbContext db, CancellationToken ct)
        => db.TrySaveAsync(
            Problem.Conflict("Someone else changed this organisation while you were editing. Reload it and make your change again.", "version"),
            constraint => constraint == "ix_signatures_one_current"
                ? Problem.Conflict("This organisation already has a signature that is pending or active.")
                : Problem.Conflict("Another organisation already has one of these identifiers."),
            ct);
}

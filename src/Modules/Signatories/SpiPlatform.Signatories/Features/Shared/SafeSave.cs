using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>Saves, turning a lost race (stale version, duplicate that slipped past the checks) into a CONFLICT.</summary>
internal static class SafeSave
{
    public static async Task<Problem?> TrySaveAsync(this SignatoriesDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict("Someone else changed this organisation while you were editing. Reload it and make your change again.", "version");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            return unique.ConstraintName == "ix_signatures_one_current"
                ? Problem.Conflict("This organisation already has a signature that is pending or active.")
                : Problem.Conflict("Another organisation already has one of these identifiers.");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.SharedKernel.Data;

/// <summary>
/// Saves a unit of work, turning a lost race into a CONFLICT instead of an exception: a stale version (optimistic
/// concurrency) or a unique constraint that another request filled first. Nothing is saved when it answers a problem.
/// </summary>
public static class ConcurrentSave
{
    /// <summary>
    /// Saves the context's changes. <paramref name="stale"/> is the answer to a stale version; <paramref name="uniqueViolation"/>
    /// explains a duplicate, given the name of the unique constraint it broke.
    /// </summary>
    public static async Task<Problem?> TrySaveAsync(this DbContext db, Problem stale, Func<string?, Problem> uniqueViolation, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return stale;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            db.ChangeTracker.Clear();
            return uniqueViolation(unique.ConstraintName);
        }
    }
}

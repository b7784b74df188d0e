namespace SpiPlatform.SharedKernel.Data;

/// <summary>
/// Seeds a module's demo data when the platform starts with <c>Demo:Seed</c> on (Development, tests; never Production).
/// Runs after every schema is migrated, one start at a time, and must be idempotent: it runs on every start.
/// Register as scoped.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Adds whatever demo rows are missing.</summary>
    Task SeedAsync(CancellationToken ct);
}

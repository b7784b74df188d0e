using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;

namespace SpiPlatform.Protocols.Jobs;

/// <summary>
/// Folds the library's appended facet count rows into one per value (ADR 0022), so reading the unfiltered library's
/// counts stays a few hundred rows. Safe to run at any time, twice at once included: the sums do not change.
/// </summary>
internal sealed class CompactLibraryFacetCountsJob(ProtocolsDbContext db)
{
    public const string Id = "protocols-compact-facet-counts";

    /// <summary>Returns how many rows were folded.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
        => await db.Database.SqlQuery<int>($"""SELECT protocols.compact_library_facet_counts() AS "Value" """).SingleAsync(ct);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.Metrics.Features.Snapshots;

/// <summary>
/// Freezes every month that has ended in Wales and is not frozen yet, from the first month the read model holds a
/// record for: daily (so a missed month end catches up) and, for the demo history, at start-up. Each run is one
/// transaction: it claims its months first (a run at the same time waits for it, then finds them taken), asks every
/// registered source, and commits all or, if any source fails, nothing.
/// </summary>
internal sealed class MonthlySnapshotJob(MetricsDbContext db, IEnumerable<IFigureSnapshotSource> sources, TimeProvider clock)
{
    public const string Id = "metrics-monthly-snapshots";

    public async Task RunAsync(CancellationToken ct) => await FreezeEndedMonthsAsync(ct);

    /// <summary>The last month that has ended in Wales: the one before today's.</summary>
    public static Month LastEndedMonth(TimeProvider clock) => Month.Of(clock.TodayInWales()).Plus(-1);

    /// <summary>Freezes the ended months not frozen yet; returns those this run froze (none when another run took them).</summary>
    public async Task<IReadOnlyList<Month>> FreezeEndedMonthsAsync(CancellationToken ct)
    {
        if (await FirstMonthOfRecordsAsync(db, ct) is not { } first)
        {
            return [];
        }
        var frozen = (await db.Snapshots.Select(s => s.Month).ToListAsync(ct)).ToHashSet();
        var months = new List<Month>();
        for (var m = first; m <= LastEndedMonth(clock); m = m.Next)
        {
            if (!frozen.Contains(m.First))
            {
                months.Add(m);
            }
        }
        return months.Count == 0 ? [] : await FreezeAsync(months, ct);
    }

    /// <summary>The month of the earliest signature or agreement status in the read model, or null when it is empty.</summary>
    public static async Task<Month?> FirstMonthOfRecordsAsync(MetricsDbContext db, CancellationToken ct)
    {
        var signed = await db.Signatures.MinAsync(s => (DateOnly?)s.SignedOn, ct);
        var status = await db.Set<AgreementStatusRow>().MinAsync(h => (DateOnly?)h.On, ct);
        var first = new[] { signed, status }.Where(d => d is not null).Min();
        return first is { } day ? Month.Of(day) : null;
    }

    private async Task<IReadOnlyList<Month>> FreezeAsync(IReadOnlyList<Month> months, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await ClaimAsync(transaction, months, ct);
        if (claimed.Count > 0)
        {
            var values = claimed.ToDictionary(m => m, _ => new List<SnapshotValue>());
            foreach (var source in sources)
            {
                var byMonth = await source.ValuesForMonthsAsync(claimed, ct);
                foreach (var month in claimed)
                {
                    values[month].AddRange(byMonth[month]);
                }
            }
            await WriteValuesAsync(transaction, values, ct);
        }
        await transaction.CommitAsync(ct);
        return claimed;
    }

    // Inserting the months' rows is the claim: a parallel run's insert of the same month waits for this transaction,
    // then conflicts and claims nothing. Ascending order, so two runs never hold months the other waits for.
    private async Task<List<Month>> ClaimAsync(IDbContextTransaction transaction, IReadOnlyList<Month> months, CancellationToken ct)
    {
        await using var claim = Command(transaction, """
            INSERT INTO metrics.snapshots ("Month", "TakenAt", "Values")
            SELECT m, @takenAt, '[]'::jsonb FROM unnest(@months) AS m ORDER BY m
            ON CONFLICT DO NOTHING RETURNING "Month"
            """);
        claim.Parameters.AddWithValue("takenAt", clock.GetUtcNow());
        claim.Parameters.AddWithValue("months", months.Select(m => m.First).ToArray());
        var claimed = new List<Month>();
        await using var reader = await claim.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            claimed.Add(Month.Of(reader.GetFieldValue<DateOnly>(0)));
        }
        claimed.Sort();
        return claimed;
    }

    private async Task WriteValuesAsync(IDbContextTransaction transaction, Dictionary<Month, List<SnapshotValue>> values, CancellationToken ct)
    {
        await using var write = Command(transaction, """
            UPDATE metrics.snapshots s SET "Values" = v.values
            FROM unnest(@months, @values) AS v(month, values) WHERE s."Month" = v.month
            """);
        write.Parameters.AddWithValue("months", values.Keys.Select(m => m.First).ToArray());
        write.Parameters.Add(new NpgsqlParameter("values", NpgsqlDbType.Array | NpgsqlDbType.Jsonb)
        {
            Value = values.Values.Select(MonthlySnapshot.Serialize).ToArray(),
        });
        await write.ExecuteNonQueryAsync(ct);
    }

    private NpgsqlCommand Command(IDbContextTransaction transaction, string sql)
        => new(sql, (NpgsqlConnection)db.Database.GetDbConnection(), (NpgsqlTransaction)transaction.GetDbTransaction());
}

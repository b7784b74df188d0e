using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary>A frozen month as evaluators read it: when it was taken and its values (filtered if asked).</summary>
internal sealed record FrozenMonth(Month Month, DateTimeOffset TakenAt, IReadOnlyList<SnapshotValue> Values);

/// <summary>
/// Reads one month's snapshot for <c>metricsSnapshot</c> (here beside the field, as its errors reach only API clients,
/// in English, like <see cref="FigureArguments"/>). The month is <c>YYYY-MM</c> and must have ended in Wales (VALIDATION_FAILED on
/// <c>month</c>); an ended month with no snapshot (before the first record, or before the daily job caught up) is
/// NOT_FOUND on <c>month</c>. A figure or dimension the snapshot does not hold is VALIDATION_FAILED naming the filter.
/// </summary>
internal sealed class SnapshotReader(MetricsDbContext db, TimeProvider clock)
{
    public async Task<Result<FrozenMonth>> ReadAsync(string monthText, string? figure, string? dimension, CancellationToken ct)
    {
        if (!DateOnly.TryParseExact(monthText, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problem.Invalid("month", $"'{monthText}' is not a month: give it as YYYY-MM, e.g. 2012-03.");
        }
        var month = Month.Of(day);
        var lastEnded = MonthlySnapshotJob.LastEndedMonth(clock);
        if (month > lastEnded)
        {
            return Problem.Invalid("month", $"The month {month} has not ended yet (Welsh time): the latest month that can have a snapshot is {lastEnded}.");
        }
        var snapshot = await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Month == month.First, ct);
        if (snapshot is null)
        {
            var first = await db.Snapshots.MinAsync(s => (DateOnly?)s.Month, ct);
            return new Problem(ErrorCodes.NotFound, first is { } f
                ? $"No snapshot of {month}: snapshots start at {Month.Of(f)}, the first month with records, and are taken daily for each month that has ended."
                : $"No snapshot of {month}: none has been taken yet.", "month");
        }
        var values = snapshot.ReadValues();
        var problems = new List<Problem>();
        Check(problems, "figure", figure, values.Select(v => v.Figure), month);
        Check(problems, "dimension", dimension, values.Where(v => figure is null || v.Figure == figure).Select(v => v.Dimension), month);
        if (problems.Count > 0)
        {
            return Result<FrozenMonth>.Fail(problems);
        }
        return new FrozenMonth(month, snapshot.TakenAt,
            [.. values.Where(v => (figure is null || v.Figure == figure) && (dimension is null || v.Dimension == dimension))]);
    }

    private static void Check(List<Problem> problems, string field, string? asked, IEnumerable<string> held, Month month)
    {
        var names = held.Distinct().ToList();
        if (asked is not null && !names.Contains(asked, StringComparer.Ordinal))
        {
            problems.Add(Problem.Invalid(field, $"The snapshot of {month} holds no {field} '{asked}': it holds {string.Join(", ", names)}."));
        }
    }
}

using System.Text.Json;
using SpiPlatform.Metrics.Features.Figures;

namespace SpiPlatform.Metrics.Features.Snapshots;

/// <summary>
/// One month's figures, frozen once the month had ended in Wales: every value every registered source gave, as one
/// document. Never updated after the transaction that took it.
/// </summary>
internal sealed class MonthlySnapshot
{
    /// <summary>The month's first day; unique, so a month is frozen at most once.</summary>
    public DateOnly Month { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>The values as JSON (an array of <see cref="SnapshotValue"/>), in the order the sources gave them.</summary>
    public string Values { get; init; } = "[]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<SnapshotValue> values) => JsonSerializer.Serialize(values, Json);

    public IReadOnlyList<SnapshotValue> ReadValues() => JsonSerializer.Deserialize<List<SnapshotValue>>(Values, Json) ?? [];
}

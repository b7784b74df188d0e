using System.Diagnostics;

namespace SpiPlatform.TestKit;

/// <summary>Counts the SQL commands Npgsql sends that touch a table, to prove a list is loaded in batches, not one query per row.</summary>
public static class SqlCommandCounter
{
    /// <summary>How many commands mentioning <paramref name="table"/> (e.g. <c>signatories.organisations</c>) ran during <paramref name="run"/>.</summary>
    public static async Task<int> CountAsync(string table, Func<Task> run)
    {
        var (schema, name) = (table.Split('.')[0], table.Split('.')[1]);
        var quoted = $"\"{schema}\".\"{name}\"";
        var count = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("Npgsql", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                var sql = activity.GetTagItem("db.query.text") as string ?? activity.GetTagItem("db.statement") as string ?? "";
                if (sql.Contains(table, StringComparison.Ordinal) || sql.Contains(quoted, StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref count);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await run();
        return count;
    }
}

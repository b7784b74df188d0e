using Npgsql;

namespace SpiPlatform.TestKit;

/// <summary>Empties every table in the given schemas except migration history and data-protection keys.</summary>
internal static class DatabaseReset
{
    public static readonly string[] Kept = ["__EFMigrationsHistory", "__EFMigrationsLock", "data_protection_keys"];

    public static async Task TruncateAsync(string connectionString, IReadOnlyCollection<string> schemas)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = ANY(@schemas) AND NOT tablename = ANY(@kept)",
            connection))
        {
            list.Parameters.AddWithValue("schemas", schemas.ToArray());
            list.Parameters.AddWithValue("kept", Kept);
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        if (tables.Count == 0)
        {
            return;
        }
        await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE", connection);
        await truncate.ExecuteNonQueryAsync();
    }
}

using Npgsql;

namespace SpiPlatform.TestKit;

/// <summary>
/// A database of its own for one test run (one test assembly), on the PostgreSQL that <c>./ops/test</c> started
/// and named by <c>SPI_TEST_DATABASE</c>. Dropped when the run ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Variable = "SPI_TEST_DATABASE";

    private readonly string _maintenance;

    private TestDatabase(string maintenance, string name)
    {
        _maintenance = maintenance;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(maintenance) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(string purpose)
    {
        var maintenance = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(maintenance))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with ./ops/test, which starts a throwaway PostgreSQL and sets it.");
        }
        var name = $"spi_test_{purpose}_{Environment.ProcessId}_{Random.Shared.Next(1000, 9999)}".ToLowerInvariant();
        var database = new TestDatabase(maintenance, name);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var extensions = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent;", connection);
        await extensions.ExecuteNonQueryAsync();
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

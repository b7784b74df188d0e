using System.Net.Sockets;
using Npgsql;

namespace SpiPlatform.Host.Startup;

/// <summary>Turns "the database is not there" into one sentence an operator can act on, before anything else touches it.</summary>
internal static class DatabaseStartupCheck
{
    public const string NotSetMessage =
        "SPI_DATABASE is not set. Start with ./ops/run (it runs an embedded PostgreSQL), or set SPI_DATABASE to a " +
        "connection string such as Host=127.0.0.1;Port=5432;Username=spi;Password=...;Database=spi.";

    public static string? ParseError(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public static async Task EnsureReachableAsync(string connectionString, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StartupException(NotSetMessage);
        }
        if (ParseError(connectionString) is { } parseError)
        {
            throw new StartupException($"SPI_DATABASE is not a valid PostgreSQL connection string ({parseError}).");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 10, Pooling = false };
        var server = SpiConfiguration.DescribeServer(connectionString);
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            throw new StartupException($"the database '{builder.Database}' does not exist on the PostgreSQL server at {server} named by SPI_DATABASE. Create it, or let ./ops/run create it.", e);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new StartupException($"the PostgreSQL server at {server} refused the login of user '{builder.Username}' named by SPI_DATABASE ({e.MessageText}).", e);
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            var reason = (e.InnerException ?? e).Message;
            throw new StartupException($"no PostgreSQL server answers at {server}, the address in SPI_DATABASE ({reason}). Start it (./ops/pg start for the embedded one) or correct SPI_DATABASE.", e);
        }
    }
}

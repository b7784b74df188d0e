using Npgsql;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Host.Startup;

/// <summary>
/// Maps the documented <c>SPI_*</c> environment variables onto configuration:
/// <c>SPI_DATABASE</c> is the connection string, <c>SPI_URLS</c> the listen address, and any
/// <c>SPI_Section__Key</c> sets <c>Section:Key</c>.
/// </summary>
internal static class SpiConfiguration
{
    public const string DatabaseKey = "DATABASE";

    public static void AddSpiEnvironmentVariables(this ConfigurationManager configuration)
    {
        configuration.AddEnvironmentVariables("SPI_");
        if (configuration["URLS"] is { Length: > 0 } urls)
        {
            configuration["urls"] = urls;
        }
    }

    public static void AddDatabaseOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Configure(o => o.ConnectionString = configuration[DatabaseKey] ?? "")
            .Validate(o => o.ConnectionString.Length > 0, DatabaseStartupCheck.NotSetMessage)
            .Validate(o => DatabaseStartupCheck.ParseError(o.ConnectionString) is null, "SPI_DATABASE is not a valid PostgreSQL connection string.")
            .ValidateOnStart();
    }

    public static string DescribeServer(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host ?? "localhost"}:{b.Port}";
    }
}

using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using SpiPlatform.Bench;

namespace SpiPlatform.Bench.Tests;

/// <summary>
/// <c>generate small</c> then a short <c>run small</c> against a fresh database (issue 13's acceptance: the two finish in
/// well under 3 minutes): the results table is complete (every operation of the mix has a row, answered at least once,
/// with no errors). The speed is reported, not asserted.
/// </summary>
public sealed class GenerateAndRunSmallTests
{
    [Fact]
    public async Task Generate_and_run_small_write_a_complete_results_table()
    {
        var server = Environment.GetEnvironmentVariable("SPI_TEST_DATABASE")
                     ?? throw new InvalidOperationException("SPI_TEST_DATABASE is not set (ops/test sets it).");
        var name = $"bench_test_{Guid.NewGuid():N}"[..24];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        var results = Directory.CreateTempSubdirectory("spi-bench-results-");
        try
        {
            Environment.SetEnvironmentVariable("SPI_DATABASE", database);
            Environment.SetEnvironmentVariable("SPI_BENCH_PORT", FreePort().ToString(CultureInfo.InvariantCulture));
            var output = new StringWriter();

            Assert.Equal(0, await BenchCli.RunAsync(["generate", "small"], output, results.FullName));
            Assert.Equal(0, await BenchCli.RunAsync(["run", "small", "--duration", "8s", "--clients", "3"], output, results.FullName));

            var file = Assert.Single(results.GetFiles("*-small.md"));
            var rows = File.ReadAllLines(file.FullName).Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| operation", StringComparison.Ordinal))
                .Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToDictionary(cells => cells[1]);
            Assert.Equal(10_000, await CountAsync(database, """SELECT count(*) FROM protocols.agreements WHERE "Reference" LIKE 'GEN-%'"""));
            Assert.Equal(1_000, await CountAsync(database, """SELECT count(*) FROM signatories.organisations WHERE "Website" LIKE 'https://bench.invalid/%'"""));
            Assert.Equal(0, await CountAsync(database, """
                SELECT count(*) FROM protocols.agreements a, unnest(a."Gateways") code
                WHERE NOT EXISTS (SELECT 1 FROM protocols.legal_bases b WHERE b."Code" = code)
                """));
            Assert.True(await CountAsync(database, """SELECT count(*) FROM training.training_needs WHERE "RaisedBy" = 'system:bench'""") > 0, "no training needs for the live agreements");
            // The later modules' rows: a submission for each agreement past QA, its partners' sign-offs, the read model.
            Assert.Equal(0, await CountAsync(database, """
                SELECT count(*) FROM protocols.agreements a WHERE a."Reference" LIKE 'GEN-%' AND a."Status" NOT IN ('Draft', 'InQualityAssurance')
                  AND NOT EXISTS (SELECT 1 FROM qa.submissions s WHERE s."AgreementId" = a."Id" AND s."QaReference" IS NOT NULL)
                """));
            Assert.True(await CountAsync(database, """SELECT count(*) FROM qa.sign_offs WHERE "DecidedBy" = 'system:bench'""") > 0, "no partner sign-offs");
            Assert.Equal(10_000, await CountAsync(database, """SELECT count(*) FROM metrics.agreements WHERE "Reference" LIKE 'GEN-%'"""));
            Assert.True(await CountAsync(database, """SELECT count(*) FROM signatories.signatures WHERE "CreatedBy" = 'system:bench'""") > 0, "no Accord signatures");
            foreach (var operation in Mix.Build(["unused"]))
            {
                Assert.True(rows.TryGetValue(operation.Name, out var cells), $"no row for {operation.Name} in\n{output}");
                Assert.True(int.Parse(cells[3], CultureInfo.InvariantCulture) > 0, $"{operation.Name} never answered:\n{output}");
                Assert.True(cells[8] == "0", $"{operation.Name} had {cells[8]} errors:\n{File.ReadAllText(file.FullName)}");
                Assert.True(double.TryParse(cells[9], CultureInfo.InvariantCulture, out _), $"{operation.Name} has no SQL floor");
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("SPI_DATABASE", null);
            results.Delete(recursive: true);
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

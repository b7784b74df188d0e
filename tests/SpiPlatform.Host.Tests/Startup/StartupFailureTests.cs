using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Startup;

[Collection(HostCollection.Collection)]
public sealed class StartupFailureTests(HostFixture fixture)
{
    [Fact]
    public async Task A_database_nobody_answers_at_stops_the_app_within_30_seconds_with_one_line()
    {
        var outcome = await HostProcess.RunAsync(
            new Dictionary<string, string> { ["SPI_DATABASE"] = "Host=127.0.0.1;Port=1", ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        Assert.True(outcome.Took < TimeSpan.FromSeconds(30), $"took {outcome.Took}");
        var lines = outcome.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains("127.0.0.1:1", line);
        Assert.Contains("SPI_DATABASE", line);
        Assert.DoesNotContain("   at ", outcome.StdErr + outcome.StdOut);
    }

    [Fact]
    public async Task A_malformed_connection_string_is_explained_in_one_line()
    {
        var outcome = await HostProcess.RunAsync(
            new Dictionary<string, string> { ["SPI_DATABASE"] = "this is not a connection string", ["ASPNETCORE_ENVIRONMENT"] = "Development" },
            TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        var line = Assert.Single(outcome.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not a valid PostgreSQL connection string", line);
    }

    [Fact]
    public async Task Production_refuses_to_start_without_configured_oauth_keys()
    {
        var outcome = await HostProcess.RunAsync(
            new Dictionary<string, string> { ["SPI_DATABASE"] = fixture.Factory.Database.ConnectionString, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
            TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, outcome.ExitCode);
        var line = Assert.Single(outcome.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("SPI_Auth__SigningCertificate", line);
    }
}

using System.Diagnostics;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The evaluators' curl script, exactly as docs/api.md prints it, run with bash against the app on Kestrel.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class EvaluatorScriptTests(MetricsFixture fixture)
{
    private const string Start = "<!-- evaluator-script:start -->";
    private const string End = "<!-- evaluator-script:end -->";

    [Fact]
    public async Task The_curl_script_in_the_api_guide_gets_a_token_and_prints_the_adoption_series()
    {
        var script = await WriteScriptAsync();
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var expected = (await MetricsApi.AdoptionAsync(evaluator, "from: \"2012-01\", to: \"2012-06\"")).Figures("adoption");

        var (exitCode, output, errors) = await RunAsync(script, new()
        {
            ["SPI_BASE_URL"] = fixture.BaseAddress.ToString().TrimEnd('/'),
            ["SPI_CLIENT_ID"] = OAuthTokens.Evaluator,
            ["SPI_CLIENT_SECRET"] = OAuthTokens.EvaluatorSecret,
            ["SPI_FROM"] = "2012-01",
            ["SPI_TO"] = "2012-06",
        });

        Assert.True(exitCode == 0, $"exit {exitCode}: {errors}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("month\tactive\tnew", lines[0]);
        var active = expected.Series("active");
        var added = expected.Series("new");
        Assert.Equal(
            [.. Enumerable.Range(1, 6).Select(m => $"2012-{m:D2}\t{active[($"2012-{m:D2}", "TOTAL")]}\t{added[($"2012-{m:D2}", "TOTAL")]}")],
            lines[1..]);
        Assert.True(active[("2012-03", "TOTAL")] > 0);
    }

    [Fact]
    public async Task The_curl_script_says_why_when_the_client_secret_is_wrong()
    {
        var script = await WriteScriptAsync();

        var (exitCode, output, errors) = await RunAsync(script, new()
        {
            ["SPI_BASE_URL"] = fixture.BaseAddress.ToString().TrimEnd('/'),
            ["SPI_CLIENT_ID"] = OAuthTokens.Evaluator,
            ["SPI_CLIENT_SECRET"] = "not-the-secret",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Empty(output);
        Assert.Contains("error: no token", errors);
        Assert.Contains("invalid_client", errors);
    }

    /// <summary>The fenced bash block between the guide's markers, written to a file of its own.</summary>
    private static async Task<string> WriteScriptAsync()
    {
        var guide = await File.ReadAllTextAsync(FindGuide());
        var from = guide.IndexOf(Start, StringComparison.Ordinal);
        var to = guide.IndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "docs/api.md has no evaluator script between its markers");
        var block = guide[(from + Start.Length)..to].Trim();
        Assert.StartsWith("```bash\n", block);
        Assert.EndsWith("\n```", block);
        var path = Path.Combine(Path.GetTempPath(), $"spi-evaluator-{Guid.NewGuid():N}.sh");
        await File.WriteAllTextAsync(path, block["```bash\n".Length..^"```".Length]);
        return path;
    }

    private static string FindGuide()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var guide = Path.Combine(dir.FullName, "docs", "api.md");
            if (File.Exists(guide))
            {
                return guide;
            }
        }
        throw new FileNotFoundException("docs/api.md not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string script, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.Environment["NO_PROXY"] = start.Environment["no_proxy"] = "127.0.0.1";
        try
        {
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(script);
        }
    }
}

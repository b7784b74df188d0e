using System.Diagnostics;

namespace SpiPlatform.Host.Tests.Startup;

/// <summary>Runs the built app as its own process, the way an operator starts it, and collects what it printed.</summary>
internal static class HostProcess
{
    public sealed record Outcome(int ExitCode, string StdOut, string StdErr, TimeSpan Took);

    public static async Task<Outcome> RunAsync(IDictionary<string, string> environment, TimeSpan limit)
    {
        var hostDll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in start.Environment.Keys.Where(k => k!.StartsWith("SPI_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key!);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["SPI_URLS"] = "http://127.0.0.1:0";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app was still running after {limit}: {await stdout}");
        }
        return new(process.ExitCode, await stdout, await stderr, clock.Elapsed);
    }
}

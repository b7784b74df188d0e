using System.Diagnostics;

namespace SpiPlatform.Bench;

/// <summary>The built app (<c>SpiPlatform.Host.dll</c>) started against the bench database on 127.0.0.1, stopped on dispose.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HostProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public int Id => _process.Id;

    /// <param name="seed">Whether the app seeds the demo data: when generate migrates a new database, yes; for a run,
    /// no — the demo data went in then, and seeding again runs the start-up back-fill of the Metrics read model, which
    /// at the uk scale copies millions of rows through the contracts before the app listens.</param>
    public static async Task<HostProcess> StartAsync(BenchSettings settings, bool seed, TextWriter output, CancellationToken ct)
    {
        var project = Path.Combine(settings.RepositoryRoot, "src", "Host", "SpiPlatform.Host");
        var dll = new[] { "Release", "Debug" }.Select(c => Path.Combine(project, "bin", c, "net10.0", "SpiPlatform.Host.dll"))
            .Where(File.Exists).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            ?? throw new InvalidOperationException($"the app is not built: run dotnet build {project}");
        var url = $"http://127.0.0.1:{settings.AppPort}";
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["SPI_DATABASE"] = settings.Database;
        start.Environment["SPI_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Demo__Seed"] = seed ? "true" : "false";
        var log = Path.Combine(Path.GetTempPath(), $"spi-bench-host-{settings.AppPort}.log");
        var process = Process.Start(start)!;
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (writer) { writer.WriteLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, url);
        output.WriteLine($"Started the app (pid {process.Id}) on {url}, log {log}");

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(15))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the app exited with code {process.ExitCode}; see {log}");
            }
            try
            {
                if ((await http.GetAsync($"{url}/health/ready", ct)).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // slow first answer
            }
            await Task.Delay(500, ct);
        }
        await host.DisposeAsync();
        throw new TimeoutException($"the app did not become ready within 15 minutes (a migration over a large table can take minutes); see {log}");
    }

    public long WorkingSetBytes()
    {
        _process.Refresh();
        return _process.HasExited ? 0 : _process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

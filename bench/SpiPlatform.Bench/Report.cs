using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SpiPlatform.Bench;

/// <summary>Writes <c>bench/results/&lt;date&gt;-&lt;scale&gt;.md</c>: machine, commit, data, and one table row per operation.</summary>
internal static class Report
{
    public const string TableHeader = "| operation | weight | count | req/s | p50 ms | p95 ms | p99 ms | errors | SQL p50 ms | SQL p95 ms | p50 ÷ SQL p50 |";

    public static (string Path, string Table) Write(BenchSettings settings, Scale scale, IReadOnlyList<Operation> mix, Dictionary<string, Samples> results,
        Dictionary<string, Samples> floors, TimeSpan elapsed, int clients, long memoryBefore, long memoryAfter, string counts, IReadOnlyList<long> memoryEvery30s)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new StringBuilder();
        table.AppendLine(TableHeader);
        table.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var op in mix)
        {
            var r = results[op.Name];
            var f = floors[op.Name];
            table.AppendLine(string.Create(c,
                $"| {op.Name} | {op.Weight} | {r.Count} | {r.Count / elapsed.TotalSeconds:F1} | {r.Percentile(50):F1} | {r.Percentile(95):F1} | {r.Percentile(99):F1} | {r.Errors} | {f.Percentile(50):F2} | {f.Percentile(95):F2} | {r.Percentile(50) / f.Percentile(50):F0} |"));
        }
        var all = results.Values.Sum(r => r.Count);
        var allErrors = results.Values.Sum(r => r.Errors);
        table.AppendLine(string.Create(c, $"| **all** | 100 | {all} | {all / elapsed.TotalSeconds:F1} | | | | {allErrors} | | | |"));

        var now = DateTime.UtcNow;
        var text = new StringBuilder();
        text.AppendLine(string.Create(c, $"# Benchmark `{scale.Name}` — {now:yyyy-MM-dd HH:mm} UTC"));
        text.AppendLine();
        text.AppendLine(string.Create(c, $"- Machine: {Environment.ProcessorCount} cores, {MemoryTotal()} memory, {Environment.OSVersion}; app and PostgreSQL on this machine (shared with other work)"));
        text.AppendLine($"- Commit: `{Commit(settings.RepositoryRoot)}`");
        if (File.Exists("/proc/loadavg"))
        {
            // Other work on the machine skews the figures: the load average says how much.
            text.AppendLine($"- Load average at the end (1, 5, 15 min): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        }
        text.AppendLine($"- Data: {counts} (scale {scale.Name}: {scale.Organisations:N0} generated organisations, {scale.Agreements:N0} generated agreements, plus the demo data)");
        text.AppendLine(string.Create(c, $"- Load: closed loop, {clients} clients, {elapsed.TotalSeconds:F0} s after a warm-up of two requests per operation (one when the first took over a second); anonymous readers except the QA queue and dashboard (demo staff signed in once per client by cookie) and GraphQL metrics (the demo evaluator client's bearer token)"));
        if (memoryBefore > 0)
        {
            text.AppendLine(string.Create(c, $"- App working set: {memoryBefore / 1048576.0:F0} MB after warm-up, {memoryAfter / 1048576.0:F0} MB at the end"));
            if (memoryEvery30s.Count > 0)
            {
                text.AppendLine(string.Create(c, $"- App working set every 30 s (MB): {string.Join(", ", memoryEvery30s.Select(m => (m / 1048576.0).ToString("F0", c)))}"));
            }
        }
        text.AppendLine("- SQL: each operation's main statement run 30 times in a row through Npgsql after the load (`bench/SpiPlatform.Bench/Operation.cs`); the ratio is app p50 ÷ SQL p50");
        text.AppendLine();
        text.Append(table);
        var errors = results.Where(r => r.Value.FirstError is not null).Select(r => $"- {r.Key}: {r.Value.FirstError}").ToList();
        if (errors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("First error of each failing operation:");
            errors.ForEach(e => text.AppendLine(e));
        }
        text.AppendLine();
        text.AppendLine("Operations:");
        foreach (var op in mix)
        {
            text.AppendLine($"- **{op.Name}** ({op.Weight}%): {op.Description}");
        }

        Directory.CreateDirectory(settings.ResultsDirectory);
        var path = Path.Combine(settings.ResultsDirectory, string.Create(c, $"{now:yyyy-MM-dd}-{scale.Name}.md"));
        File.WriteAllText(path, text.ToString());
        return (path, table.ToString());
    }

    private static string MemoryTotal()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? "unknown" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1048576.0:F1} GB";
    }

    private static string Commit(string root)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", root, "rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true })!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}

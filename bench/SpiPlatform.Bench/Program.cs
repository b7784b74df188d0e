using System.Globalization;
using SpiPlatform.Bench;

// ./ops/bench generate <scale> [--modules training,signatories,qa,metrics] | run <scale> [--duration 30s] [--clients 4] [--url http://127.0.0.1:5095]
// The database is SPI_DATABASE; SPI_BENCH_PORT is where the app is started when no --url is given.
return await BenchCli.RunAsync(args, Console.Out);

namespace SpiPlatform.Bench
{
    internal static class BenchCli
    {
        public static async Task<int> RunAsync(string[] args, TextWriter output, string? resultsDirectory = null, CancellationToken ct = default)
        {
            if (args.Length < 2 || args[0] is not ("generate" or "run"))
            {
                await Console.Error.WriteLineAsync("usage: bench generate <tiny|small|wales|uk> [--modules training,signatories,qa,metrics] | bench run <tiny|small|wales|uk> [--duration 30s] [--clients 4] [--url URL]");
                return 2;
            }
            var database = Environment.GetEnvironmentVariable("SPI_DATABASE");
            if (string.IsNullOrWhiteSpace(database))
            {
                await Console.Error.WriteLineAsync("SPI_DATABASE is not set (./ops/bench sets it to the dev cluster's bench database).");
                return 2;
            }
            var scale = Scale.Parse(args[1]);
            var options = Options(args.Skip(2).ToArray());
            var root = BenchSettings.FindRepositoryRoot();
            var port = int.Parse(Environment.GetEnvironmentVariable("SPI_BENCH_PORT") ?? "5095", CultureInfo.InvariantCulture);
            var settings = new BenchSettings(database, root, options.GetValueOrDefault("url"), port, resultsDirectory ?? Path.Combine(root, "bench", "results"));
            if (args[0] == "generate")
            {
                var modules = options.TryGetValue("modules", out var list) ? ModuleGenerator.Parse(list) : null;
                await GenerateCommand.RunAsync(settings, scale, modules, output, ct);
            }
            else
            {
                var duration = Duration(options.GetValueOrDefault("duration") ?? "30s");
                var clients = int.Parse(options.GetValueOrDefault("clients") ?? "4", CultureInfo.InvariantCulture);
                await RunCommand.RunAsync(settings, scale, duration, clients, output, ct);
            }
            return 0;
        }

        private static Dictionary<string, string> Options(string[] rest)
        {
            var options = new Dictionary<string, string>();
            for (var i = 0; i + 1 < rest.Length; i += 2)
            {
                options[rest[i].TrimStart('-')] = rest[i + 1];
            }
            return options;
        }

        private static TimeSpan Duration(string text) => text.EndsWith('m')
            ? TimeSpan.FromMinutes(double.Parse(text[..^1], CultureInfo.InvariantCulture))
            : TimeSpan.FromSeconds(double.Parse(text.TrimEnd('s'), CultureInfo.InvariantCulture));
    }
}

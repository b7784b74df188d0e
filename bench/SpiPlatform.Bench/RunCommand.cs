using System.Diagnostics;
using Npgsql;

namespace SpiPlatform.Bench;

/// <summary>
/// <c>run &lt;scale&gt;</c>: a bounded closed loop — N clients, each sending its next request only when the last has answered —
/// over the fixed mix for the given duration, then each operation's SQL straight through Npgsql (the database floor), and a report.
/// </summary>
internal static class RunCommand
{
    private const int FloorRepeats = 30;

    public static async Task<string> RunAsync(BenchSettings settings, Scale scale, TimeSpan duration, int clients, TextWriter output, CancellationToken ct)
    {
        var references = await PublicReferencesAsync(settings.Database, ct);
        if (references.Count == 0)
        {
            throw new InvalidOperationException($"no generated public agreements in the database: run ./ops/bench generate {scale.Name} first");
        }
        var mix = Mix.Build(references);

        HostProcess? host = null;
        var url = settings.AppUrl;
        if (url is null)
        {
            host = await HostProcess.StartAsync(settings, seed: false, output, ct);
            url = host.Url;
        }
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, AllowAutoRedirect = false })
            {
                BaseAddress = new Uri(url),
                Timeout = TimeSpan.FromSeconds(30),
            };
            var readers = mix.Select(o => o.Reader).Where(r => r != Reader.Anonymous).Distinct().ToList();
            output.WriteLine($"Signing in once per client: {string.Join(", ", readers)}");
            var sessions = new List<Sessions>();
            for (var c = 0; c < clients; c++)
            {
                sessions.Add(await Sessions.StartAsync(http, readers, ct));
            }
            output.WriteLine($"Warming up: each operation twice against {url}");
            var warm = new Random(1);
            foreach (var op in mix)
            {
                for (var i = 0; i < 2; i++)
                {
                    using var request = op.Request(warm);
                    using var _ = await sessions[0].For(op.Reader, request).SendAsync(request, ct);
                }
            }

            var memoryBefore = host?.WorkingSetBytes() ?? 0;
            output.WriteLine($"Running the mix: {clients} clients for {duration.TotalSeconds:F0} s");
            var results = mix.ToDictionary(o => o.Name, _ => new Samples());
            var clock = Stopwatch.StartNew();
            var load = Task.WhenAll(Enumerable.Range(0, clients).Select(c => ClientAsync(sessions[c], mix, results, new Random(100 + c), duration, ct)));
            // The app's working set every 30 s, to show whether memory stays flat over a long run.
            var memory = new List<long>();
            while (host is not null && await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30), ct)) != load)
            {
                memory.Add(host.WorkingSetBytes());
            }
            await load;
            var elapsed = clock.Elapsed;
            sessions.ForEach(s => s.Dispose());
            var memoryAfter = host?.WorkingSetBytes() ?? 0;

            output.WriteLine($"Database floor: each operation's SQL {FloorRepeats} times through Npgsql");
            var floors = await FloorAsync(settings.Database, mix, ct);

            var report = Report.Write(settings, scale, mix, results, floors, elapsed, clients, memoryBefore, memoryAfter, await CountsAsync(settings.Database, ct), memory);
            output.WriteLine(report.Table);
            output.WriteLine($"Results written to {report.Path}");
            return report.Path;
        }
        finally
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static async Task ClientAsync(Sessions sessions, IReadOnlyList<Operation> mix, Dictionary<string, Samples> results, Random random, TimeSpan duration, CancellationToken ct)
    {
        var totalWeight = mix.Sum(o => o.Weight);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var roll = random.Next(totalWeight);
            var op = mix.First(o => (roll -= o.Weight) < 0);
            var started = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                using var request = op.Request(random);
                using var response = await sessions.For(op.Reader, request).SendAsync(request, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (!response.IsSuccessStatusCode)
                {
                    error = $"HTTP {(int)response.StatusCode} for {request.RequestUri}";
                }
                else if (request.Method == HttpMethod.Post && body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    error = $"GraphQL errors: {body[..Math.Min(body.Length, 200)]}";
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                error = e.Message;
            }
            var millis = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var samples = results[op.Name];
            lock (samples)
            {
                if (error is null)
                {
                    samples.Add(millis);
                }
                else
                {
                    samples.Fail(error);
                }
            }
        }
    }

    private static async Task<Dictionary<string, Samples>> FloorAsync(string database, IReadOnlyList<Operation> mix, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        var random = new Random(7);
        var floors = new Dictionary<string, Samples>();
        foreach (var op in mix)
        {
            var samples = floors[op.Name] = new Samples();
            for (var i = 0; i < FloorRepeats + 1; i++)
            {
                await using var command = op.Floor(random);
                command.Connection = connection;
                var started = Stopwatch.GetTimestamp();
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                    }
                }
                if (i > 0)
                {
                    samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }
        return floors;
    }

    private static async Task<List<string>> PublicReferencesAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""SELECT "Reference" FROM protocols.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%' AND "Status" = 'Live' ORDER BY "Reference" LIMIT 2000""", connection);
        var references = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            references.Add(reader.GetString(0));
        }
        return references;
    }

    private static async Task<string> CountsAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT format('%s organisations, %s agreements, %s partner rows, %s flows, %s versions; PostgreSQL %s',
              (SELECT count(*) FROM signatories.organisations), (SELECT count(*) FROM protocols.agreements),
              (SELECT count(*) FROM protocols.agreement_partners), (SELECT count(*) FROM protocols.flows),
              (SELECT count(*) FROM protocols.versions), current_setting('server_version'))
            """, connection);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}

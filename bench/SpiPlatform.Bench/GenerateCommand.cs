using System.Diagnostics;
using Npgsql;

namespace SpiPlatform.Bench;

/// <summary>
/// <c>generate &lt;scale&gt;</c>: replaces the previously generated rows with a fresh, repeatable (seeded) set.
/// The words trigger is off during the load and <c>search_words</c> is filled once afterwards (ADR 0010); so is the
/// counting of the library's facets, rebuilt once at the end (ADR 0022).
/// </summary>
internal static class GenerateCommand
{
    public const int Seed = 20261202;

    /// <param name="modules">Null for the whole set; otherwise only these module steps (<see cref="ModuleGenerator.All"/>), on the
    /// organisations and agreements already generated, replacing only those modules' generated rows.</param>
    public static async Task RunAsync(BenchSettings settings, Scale scale, IReadOnlyList<string>? modules, TextWriter output, CancellationToken ct)
    {
        if (!await IsMigratedAsync(settings.Database, ct))
        {
            output.WriteLine("The database has no Protocols schema yet: starting the app once to migrate it.");
            await using var host = await HostProcess.StartAsync(settings, seed: true, output, ct);
        }

        var total = Stopwatch.StartNew();
        var random = new Random(Seed);
        await using var connection = new NpgsqlConnection(settings.Database);
        await connection.OpenAsync(ct);
        await ExecuteAsync(connection, "SET statement_timeout = 0", ct);
        await ExecuteAsync(connection, "SET spi.bulk_load = 'on'", ct);

        if (modules is not null)
        {
            await ModulesOnlyAsync(connection, scale, modules, output, ct);
            output.WriteLine($"Generated the {string.Join(", ", modules)} rows of scale {scale.Name} in {total.Elapsed.TotalSeconds:F1} s");
            return;
        }

        output.WriteLine($"Removing earlier generated rows ({AgreementGenerator.ReferencePrefix}*, {OrganisationGenerator.WebsitePrefix}*)");
        await ModuleGenerator.RemoveAsync(connection, ModuleGenerator.All, ct);
        await ExecuteAsync(connection, $"""DELETE FROM protocols.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'""", ct);
        await ExecuteAsync(connection, $"""DELETE FROM signatories.organisations WHERE "Website" LIKE '{OrganisationGenerator.WebsitePrefix}%'""", ct);

        output.WriteLine($"Generating scale {scale.Name}: {scale.Organisations:N0} organisations, {scale.Agreements:N0} agreements (seed {Seed})");
        var organisations = OrganisationGenerator.Compose(random, scale.Organisations);
        var orgProgress = new Progress("organisations", organisations.Count, output);
        await OrganisationGenerator.WriteAsync(connection, organisations, random, orgProgress, ct);
        orgProgress.Finish();

        await ExecuteAsync(connection, "ALTER TABLE protocols.agreements DISABLE TRIGGER agreements_remember_words", ct);
        var agreements = new AgreementGenerator(random, organisations);
        var progress = new Progress("agreements (with partners, flows, versions)", scale.Agreements, output);
        try
        {
            await agreements.WriteAsync(connection, scale.Agreements, progress, ct);
        }
        finally
        {
            await ExecuteAsync(connection, "ALTER TABLE protocols.agreements ENABLE TRIGGER agreements_remember_words", ct);
        }
        progress.Finish();
        output.WriteLine($"  rows: {agreements.Partners:N0} partners, {agreements.Flows:N0} flows, {agreements.Versions:N0} versions");

        var words = Stopwatch.StartNew();
        await ExecuteAsync(connection,
            """
            INSERT INTO protocols.search_words (word)
              SELECT DISTINCT w FROM protocols.agreements a, protocols.agreement_words(a) w
              WHERE a."Status" IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview')
                AND NOT EXISTS (SELECT 1 FROM protocols.search_words s WHERE s.word = w)
            """, ct);
        output.WriteLine($"  search_words filled in {words.Elapsed.TotalSeconds:F1} s");
        var counts = Stopwatch.StartNew();
        await ExecuteAsync(connection, "SELECT protocols.rebuild_library_facet_counts()", ct);
        output.WriteLine($"  library facet counts rebuilt in {counts.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"The other modules' rows ({string.Join(", ", ModuleGenerator.All)})");
        await ModuleGenerator.WriteAsync(connection, ModuleGenerator.All, output, ct);
        foreach (var table in new[] { "signatories.organisations", "protocols.agreements", "protocols.agreement_partners", "protocols.flows", "protocols.versions", "protocols.search_words", "protocols.library_facet_counts" }
                     .Concat(ModuleGenerator.Tables(ModuleGenerator.All)))
        {
            await ExecuteAsync(connection, $"VACUUM ANALYZE {table}", ct);
        }
        output.WriteLine($"Generated scale {scale.Name} in {total.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>Only the given module steps, on the organisations and agreements a full generate left (refused when there are none).</summary>
    private static async Task ModulesOnlyAsync(NpgsqlConnection connection, Scale scale, IReadOnlyList<string> modules, TextWriter output, CancellationToken ct)
    {
        await using (var count = new NpgsqlCommand($"""SELECT count(*) FROM protocols.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'""", connection))
        {
            var agreements = (long)(await count.ExecuteScalarAsync(ct))!;
            if (agreements == 0)
            {
                throw new InvalidOperationException($"no generated agreements in the database: run ./ops/bench generate {scale.Name} (without --modules) first");
            }
            output.WriteLine($"Replacing the generated {string.Join(", ", modules)} rows for the {agreements:N0} generated agreements already there");
        }
        await ModuleGenerator.RemoveAsync(connection, modules, ct);
        await ModuleGenerator.WriteAsync(connection, modules, output, ct);
        foreach (var table in ModuleGenerator.Tables(modules))
        {
            await ExecuteAsync(connection, $"VACUUM ANALYZE {table}", ct);
        }
    }

    private static async Task<bool> IsMigratedAsync(string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT to_regclass('training.sessions') IS NOT NULL AND to_regprocedure('protocols.rebuild_library_facet_counts()') IS NOT NULL", connection);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}

using System.Text;
using Npgsql;

namespace SpiPlatform.TestKit;

/// <summary>
/// A copy of every row and sequence in the given schemas, taken once, that can be put back in one transaction.
/// Putting rows back is much cheaper than seeding again (seeding hashes every demo password and client secret),
/// and it keeps each demo user's id and security stamp, so a signed-in cookie stays as valid as it was.
/// Only the tables written since the last restore go back (with the tables whose foreign keys point at them, which
/// emptying them empties): a statement trigger on every table notes which were written, in an unlogged table without
/// a key, so noting never waits on another transaction. Migration history and data-protection keys are neither copied
/// nor emptied.
/// </summary>
internal sealed class DatabaseSnapshot
{
    private const string SnapshotSchema = "spi_test_snapshot";

    /// <summary>Tables neither copied nor emptied: migration history and data-protection keys.</summary>
    private static readonly string[] Kept = ["__EFMigrationsHistory", "__EFMigrationsLock", "data_protection_keys"];

    // Set for the restoring transaction only, so putting rows back is not itself noted as a change.
    private const string Restoring = "spi_test.restoring";

    private readonly IReadOnlyList<Copied> _tables;
    private readonly IReadOnlyList<(uint Child, uint Parent)> _keys;
    private readonly string _sequenceResets;

    private DatabaseSnapshot(IReadOnlyList<Copied> tables, IReadOnlyList<(uint, uint)> keys, string sequenceResets)
        => (_tables, _keys, _sequenceResets) = (tables, keys, sequenceResets);

    private sealed record Copied(Table Table, string CopyName, bool HasRows);

    public static async Task<DatabaseSnapshot> TakeAsync(string connectionString, IReadOnlyCollection<string> schemas)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var keys = await ForeignKeysAsync(connection, schemas);
        var tables = InsertOrder(await TablesAsync(connection, schemas), keys);

        var copy = new StringBuilder($"""
            DROP SCHEMA IF EXISTS {SnapshotSchema} CASCADE; CREATE SCHEMA {SnapshotSchema};
            CREATE UNLOGGED TABLE {SnapshotSchema}.written (table_oid oid NOT NULL);
            CREATE FUNCTION {SnapshotSchema}.note_written() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF coalesce(current_setting('{Restoring}', true), '') <> 'on' THEN
                INSERT INTO {SnapshotSchema}.written VALUES (TG_RELID);
              END IF;
              RETURN NULL;
            END $$;
            """);
        for (var i = 0; i < tables.Count; i++)
        {
            copy.Append($"CREATE TABLE {SnapshotSchema}.t{i} AS SELECT {tables[i].Columns} FROM {tables[i].Name};");
            copy.Append($"""
                CREATE TRIGGER spi_test_written AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {tables[i].Name}
                FOR EACH STATEMENT EXECUTE FUNCTION {SnapshotSchema}.note_written();
                """);
        }
        await ExecuteAsync(connection, copy.ToString());

        var copied = new List<Copied>();
        for (var i = 0; i < tables.Count; i++)
        {
            copied.Add(new(tables[i], $"{SnapshotSchema}.t{i}", await HasRowsAsync(connection, $"{SnapshotSchema}.t{i}")));
        }
        return new DatabaseSnapshot(copied, keys, await SequenceResetsAsync(connection, schemas));
    }

    public async Task RestoreAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // spi.bulk_load: the app's own counting triggers (the library's facet counts) leave the restored rows alone, as
        // the tables they keep are restored with them.
        await ExecuteAsync(connection, $"SET LOCAL {Restoring} = 'on'; SET LOCAL spi.bulk_load = 'on'");
        var written = new HashSet<uint>();
        await using (var taken = new NpgsqlCommand($"DELETE FROM {SnapshotSchema}.written RETURNING table_oid", connection))
        await using (var reader = await taken.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                written.Add(reader.GetFieldValue<uint>(0));
            }
        }
        var emptied = WithReferencingTables(written);
        var restore = new StringBuilder();
        var tables = _tables.Where(t => emptied.Contains(t.Table.Oid)).ToList();
        if (tables.Count > 0)
        {
            restore.Append($"TRUNCATE {string.Join(", ", tables.Select(t => t.Table.Name))};");
        }
        foreach (var t in tables.Where(t => t.HasRows))
        {
            // OVERRIDING SYSTEM VALUE: identity columns get their copied values back.
            restore.Append($"INSERT INTO {t.Table.Name} ({t.Table.Columns}) OVERRIDING SYSTEM VALUE SELECT {t.Table.Columns} FROM {t.CopyName};");
        }
        restore.Append(_sequenceResets);
        await ExecuteAsync(connection, restore.ToString());
        await transaction.CommitAsync();
    }

    /// <summary>The written tables and every table whose foreign keys lead to one of them: emptying one empties those.</summary>
    private HashSet<uint> WithReferencingTables(HashSet<uint> written)
    {
        var emptied = new HashSet<uint>(written);
        bool grew;
        do
        {
            grew = false;
            foreach (var (child, parent) in _keys)
            {
                if (emptied.Contains(parent) && emptied.Add(child))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return emptied;
    }

    private sealed record Table(uint Oid, string Name, string Columns);

    private static async Task<List<Table>> TablesAsync(NpgsqlConnection connection, IReadOnlyCollection<string> schemas)
    {
        // Generated columns (the search vectors) are computed again on insert, so they are not copied.
        const string sql = """
            SELECT c.oid, format('%I.%I', n.nspname, c.relname),
                   string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY(@schemas) AND NOT c.relname = ANY(@kept)
            GROUP BY c.oid, n.nspname, c.relname
            ORDER BY n.nspname, c.relname
            """;
        var tables = new List<Table>();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schemas", schemas.ToArray());
        command.Parameters.AddWithValue("kept", Kept);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(new(reader.GetFieldValue<uint>(0), reader.GetString(1), reader.GetString(2)));
        }
        return tables;
    }

    private static async Task<List<(uint Child, uint Parent)>> ForeignKeysAsync(NpgsqlConnection connection, IReadOnlyCollection<string> schemas)
    {
        const string sql = """
            SELECT k.conrelid, k.confrelid FROM pg_constraint k
            JOIN pg_namespace n ON n.oid = k.connamespace
            WHERE k.contype = 'f' AND k.conrelid <> k.confrelid AND n.nspname = ANY(@schemas)
            """;
        var keys = new List<(uint, uint)>();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schemas", schemas.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add((reader.GetFieldValue<uint>(0), reader.GetFieldValue<uint>(1)));
        }
        return keys;
    }

    /// <summary>Referenced tables before the tables that reference them, so every foreign key holds as rows go back.</summary>
    private static List<Table> InsertOrder(List<Table> tables, List<(uint Child, uint Parent)> keys)
    {
        var ordered = new List<Table>();
        var remaining = tables.ToList();
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(t => !keys.Any(k => k.Child == t.Oid && remaining.Any(r => r.Oid == k.Parent))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException(
                    $"Foreign keys form a cycle between {string.Join(", ", remaining.Select(t => t.Name))}; the test reset cannot order them.");
            }
            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }
        return ordered;
    }

    private static async Task<string> SequenceResetsAsync(NpgsqlConnection connection, IReadOnlyCollection<string> schemas)
    {
        // Every sequence, owned by a column or not (agreement numbers), goes back to where it was.
        const string sql = """
            SELECT format('SELECT setval(%L, %s, %s);', format('%I.%I', schemaname, sequencename),
                          coalesce(last_value, start_value), (last_value IS NOT NULL)::text)
            FROM pg_sequences WHERE schemaname = ANY(@schemas)
            """;
        var resets = new StringBuilder();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("schemas", schemas.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            resets.Append(reader.GetString(0));
        }
        return resets.ToString();
    }

    private static async Task<bool> HasRowsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT FROM {table})", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

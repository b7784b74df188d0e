using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Protocols.Features.SuggestTitles;

/// <summary>
/// Typeahead on titles, bounded (ADR 0022): titles holding every word typed (the trigram index answers the LIKEs; the
/// most recently changed <see cref="Candidates"/>, the closest of those first), and when that finds too few, the same with
/// each unknown word replaced by the library's nearest word ("Did you mean", pg_trgm over the vocabulary) — so
/// "marak cardif" still offers the Cardiff MARAC protocol, and a word in a hundred thousand titles costs no more than a rare one.
/// </summary>
internal sealed class TitleSuggestions(ProtocolsDbContext db)
{
    public const int Count = 8;
    private const int Candidates = 50;

    public async Task<List<Agreement>> SuggestAsync(string text, ClaimsPrincipal user, CancellationToken ct)
    {
        var q = text.Trim().ToLowerInvariant();
        if (q.Length < 2)
        {
            return [];
        }
        var visible = LibraryWhere.For(new LibraryQuery(null), user, null);
        var words = q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6).ToArray();
        List<Guid> ids;
        await using (var opened = await OpenedConnection.OpenAsync(db, ct))
        {
            ids = await ContainingAsync(opened.Connection, visible, q, words, ct);
            if (ids.Count < Count && await SpellingSuggestion.ForAsync(opened.Connection, q, words, ct) is { } corrected)
            {
                ids = [.. ids.Union(await ContainingAsync(opened.Connection, visible, corrected, corrected.Split(' ', StringSplitOptions.RemoveEmptyEntries), ct)).Take(Count)];
            }
        }
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
    }

    private static async Task<List<Guid>> ContainingAsync(NpgsqlConnection connection, LibraryWhere visible, string q, string[] words, CancellationToken ct)
    {
        string All(string column) => string.Join(" AND ", words.Select((_, i) => $"lower(a.\"{column}\") LIKE @w{i}"));
        var sql = $"""
            SELECT "Id" FROM (
                SELECT a."Id", a."TitleEn", a."TitleCy" FROM protocols.agreements a
                WHERE {visible.Sql} AND (({All("TitleEn")}) OR ({All("TitleCy")}))
                ORDER BY a."UpdatedAt" DESC LIMIT {Candidates}) c
            ORDER BY greatest(word_similarity(@q, lower("TitleEn")), word_similarity(@q, lower("TitleCy"))) DESC, "Id" LIMIT {Count}
            """;
        await using var command = Command(connection, sql, visible, q);
        for (var i = 0; i < words.Length; i++)
        {
            command.Parameters.AddWithValue($"w{i}", "%" + EscapeLike(words[i]) + "%");
        }
        return await IdsAsync(command, ct);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, LibraryWhere visible, string q)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(visible.Parameters.Select(p => p.Clone()).ToArray());
        command.Parameters.AddWithValue("q", q);
        return command;
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }
        return ids;
    }

    private static string EscapeLike(string word) => word.Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

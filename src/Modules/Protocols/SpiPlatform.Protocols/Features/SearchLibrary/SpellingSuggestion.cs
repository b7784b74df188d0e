using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// "Did you mean …?": each word of four letters or more that the library's vocabulary (<c>protocols.search_words</c>,
/// every word of a public agreement) does not hold is replaced by its most similar word there (pg_trgm).
/// </summary>
internal static class SpellingSuggestion
{
    private const string Sql = """
        SELECT q.original, (SELECT w.word FROM protocols.search_words w WHERE w.word % q.word
                            ORDER BY similarity(w.word, q.word) DESC, w.word LIMIT 1) AS best
        FROM (SELECT x AS original, protocols.immutable_unaccent(lower(x)) AS word FROM unnest(@words) x) q
        WHERE length(q.word) >= 4 AND NOT EXISTS (SELECT 1 FROM protocols.search_words w WHERE w.word = q.word)
        """;

    public static async Task<string?> ForAsync(NpgsqlConnection connection, string text, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return null;
        }
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter("words", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = words.ToArray() });
        var suggestion = text;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(1))
            {
                suggestion = Regex.Replace(suggestion, @"(?<![\p{L}\p{N}])" + Regex.Escape(reader.GetString(0)) + @"(?![\p{L}\p{N}])",
                    reader.GetString(1).Replace("$", "$$", StringComparison.Ordinal), RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            }
        }
        return suggestion == text ? null : suggestion;
    }
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.SearchRegister;

/// <summary>
/// Searches the register. Names match with typo tolerance (pg_trgm word similarity, accents ignored, English
/// and Welsh names) or as a plain substring; filters are ANDed; the ids come from SQL, the rows from EF.
/// </summary>
internal sealed class RegisterSearch(SignatoriesDbContext db)
{
    public const double SimilarityThreshold = 0.3;

    private const string Matches = """
        FROM signatories.organisations o
        CROSS JOIN LATERAL (SELECT unaccent(lower(coalesce(@search, ''))) AS q) s
        CROSS JOIN LATERAL (SELECT greatest(word_similarity(s.q, unaccent(lower(o."NameEn"))),
                                           word_similarity(s.q, unaccent(lower(o."NameCy")))) AS score) m
        WHERE (@sectors::text[] IS NULL OR o."Sector" = ANY(@sectors))
          AND (@areas::text[] IS NULL OR o."Areas" && @areas)
          AND (@statuses::text[] IS NULL OR o."Status" = ANY(@statuses))
          AND (@search IS NULL
               OR m.score >= @threshold
               OR strpos(unaccent(lower(o."NameEn")), s.q) > 0
               OR strpos(unaccent(lower(o."NameCy")), s.q) > 0)
        """;

    public async Task<RegisterPage> SearchAsync(RegisterQuery query, CancellationToken ct)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var order = query.Order switch
        {
            RegisterOrder.Name => "o.\"NameEn\"",
            RegisterOrder.RecentlySigned => "o.\"SignedOn\" DESC NULLS LAST, o.\"NameEn\"",
            _ when search is not null => "m.score DESC, o.\"NameEn\"",
            _ => "o.\"NameEn\"",
        };

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var count = Command(connection, $"SELECT count(*) {Matches}", search, query);
            var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
            var ids = new List<Guid>();
            await using var page = Command(connection, $"SELECT o.\"Id\" {Matches} ORDER BY {order} OFFSET @offset LIMIT @limit", search, query);
            await using (var reader = await page.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    ids.Add(reader.GetGuid(0));
                }
            }
            var rows = await db.Organisations.AsNoTracking().Include(o => o.Signatures).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
            var byId = rows.ToDictionary(o => o.Id);
            return new RegisterPage([.. ids.Select(id => byId[id])], total, query.Offset);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, string? search, RegisterQuery query)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("search", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)search ?? DBNull.Value });
        command.Parameters.Add(TextArray("sectors", query.Sectors?.Select(s => s.ToString())));
        command.Parameters.Add(TextArray("areas", query.Areas?.Select(a => a.ToString())));
        command.Parameters.Add(TextArray("statuses", query.Statuses?.Select(s => s.ToString())));
        command.Parameters.AddWithValue("threshold", SimilarityThreshold);
        command.Parameters.AddWithValue("offset", Math.Max(0, query.Offset));
        command.Parameters.AddWithValue("limit", Math.Clamp(query.Limit, 0, 10_000));
        return command;
    }

    private static NpgsqlParameter TextArray(string name, IEnumerable<string>? values)
    {
        var list = values?.ToArray();
        return new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text)
        {
            Value = list is { Length: > 0 } ? list : DBNull.Value,
        };
    }
}

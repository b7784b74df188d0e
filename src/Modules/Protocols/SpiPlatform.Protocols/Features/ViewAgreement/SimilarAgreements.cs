using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Protocols.Features.ViewAgreement;

/// <summary>An agreement like the one being read, and how many partners the two share.</summary>
internal sealed record SimilarAgreement(Agreement Agreement, int PartnersInCommon);

/// <summary>
/// "Similar agreements": the five the reader may see that score best on partners in common (two points each), the
/// same service area (three) and the distinctive words of the title (up to ten, by rank). Candidates are bounded (100
/// sharing a partner, 100 sharing a title word, the 50 latest in the service area) so a partner in thousands of
/// agreements does not make the page slow.
/// </summary>
internal sealed class SimilarAgreements(ProtocolsDbContext db)
{
    public const int Count = 5;

    // Words every agreement's title has say nothing about what it is for.
    private const string CommonTitleWords = "'inform','share','protocol','agreement','isp','dda','data','disclosur','servic'";

    public async Task<IReadOnlyList<SimilarAgreement>> ForAsync(Agreement agreement, ClaimsPrincipal user, CancellationToken ct)
    {
        var visible = LibraryWhere.For(new LibraryQuery(null), user, null);
        // The title's words are read first and passed in as a value, so the planner sees how common they are: for common
        // words it walks the agreements newest first and stops at 100, for rare ones it asks the text index.
        const string TitleWords = $"""
            SELECT string_agg(quote_literal(u.lexeme), ' | ') FROM protocols.agreements a, unnest(a."SearchVector") u
            WHERE a."Id" = @id AND 'A' = ANY(u.weights::text[]) AND u.lexeme NOT IN ({CommonTitleWords}) AND length(u.lexeme) > 2
            """;
        var sql = $"""
            WITH me AS (SELECT a."Id", a."ServiceArea" FROM protocols.agreements a WHERE a."Id" = @id),
            words AS (SELECT to_tsquery('english', @words) AS q),
            partners AS (SELECT p."OrganisationId" FROM protocols.agreement_partners p WHERE p."AgreementId" = @id),
            candidates AS (
                (SELECT p."AgreementId" AS id FROM protocols.agreement_partners p JOIN partners USING ("OrganisationId") WHERE p."AgreementId" <> @id LIMIT 100)
                UNION (SELECT a."Id" FROM protocols.agreements a WHERE a."SearchVector" @@ to_tsquery('english', @words) AND a."Id" <> @id
                       ORDER BY a."UpdatedAt" DESC LIMIT 100)
                UNION (SELECT a."Id" FROM protocols.agreements a, me WHERE a."ServiceArea" = me."ServiceArea" AND a."Id" <> @id
                       ORDER BY a."UpdatedAt" DESC LIMIT 50)),
            scored AS (
                SELECT a."Id", (SELECT count(*) FROM protocols.agreement_partners p JOIN partners USING ("OrganisationId") WHERE p."AgreementId" = a."Id")::int AS shared,
                       (a."ServiceArea" = me."ServiceArea")::int * 3 + coalesce(least(10, 100 * ts_rank(a."SearchVector", words.q)), 0) AS score
                FROM candidates c JOIN protocols.agreements a ON a."Id" = c.id, me, words
                WHERE {visible.Sql})
            SELECT "Id", shared FROM scored ORDER BY shared * 2 + score DESC, "Id" LIMIT {Count}
            """;
        await using var opened = await OpenedConnection.OpenAsync(db, ct);
        var connection = opened.Connection;
        var ranked = new List<(Guid Id, int Shared)>();
        await using var titleWords = new NpgsqlCommand(TitleWords, connection);
        titleWords.Parameters.AddWithValue("id", agreement.Id);
        var words = await titleWords.ExecuteScalarAsync(ct) as string;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", agreement.Id);
        command.Parameters.Add(new NpgsqlParameter("words", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)words ?? DBNull.Value });
        command.Parameters.AddRange(visible.Parameters.ToArray());
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ranked.Add((reader.GetGuid(0), reader.GetInt32(1)));
            }
        }
        var ids = ranked.Select(r => r.Id).ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        return [.. ranked.Where(r => rows.ContainsKey(r.Id)).Select(r => new SimilarAgreement(rows[r.Id], r.Shared))];
    }
}

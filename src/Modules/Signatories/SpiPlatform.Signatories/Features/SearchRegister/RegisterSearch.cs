using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Signatories.Features.SearchRegister;

/// <summary>
/// Searches the register. Names match as a substring (accents ignored, English and Welsh names), or, when no name
/// holds the text, with typo tolerance (pg_trgm word similarity); filters are ANDed; the ids and the total come from
/// one SQL statement that the trigram index on the unaccented names answers, the rows from EF.
/// </summary>
internal sealed class RegisterSearch(SignatoriesDbContext db)
{
    public const double SimilarityThreshold = 0.3;

    private const string Score = $"greatest(word_similarity({RegisterWhere.Search}, {RegisterWhere.NameEn}), word_similarity({RegisterWhere.Search}, {RegisterWhere.NameCy}))";

    public async Task<RegisterPage> SearchAsync(RegisterQuery query, CancellationToken ct)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        await using var opened = await OpenedConnection.OpenAsync(db, ct);
        var connection = opened.Connection;

        // Names that hold the text come first, in the order asked for (by name when relevance is asked: they all hold
        // it). Only when none does are names ranked by how close they are, for typos: scoring every similar name is
        // what costs, and a town such as "cardiff" is similar to a quarter of the UK's 50,000 (ADR 0022).
        var (ids, total) = await PageAsync(connection, query, RegisterWhere.For(query, search), similar: false, ct);
        if (search is not null && total == 0)
        {
            (ids, total) = await PageAsync(connection, query, RegisterWhere.For(query, search, similar: true), similar: true, ct);
        }

        var rows = await db.Organisations.AsNoTracking().Include(o => o.Signatures).Where(o => ids.Contains(o.Id)).ToListAsync(ct);
        var byId = rows.ToDictionary(o => o.Id);
        return new RegisterPage([.. ids.Select(id => byId[id])], total, query.Offset);
    }

    private async Task<(List<Guid> Ids, int Total)> PageAsync(NpgsqlConnection connection, RegisterQuery query, RegisterWhere where, bool similar, CancellationToken ct)
    {
        var order = query.Order switch
        {
            RegisterOrder.RecentlySigned => "o.\"SignedOn\" DESC NULLS LAST, o.\"NameEn\"",
            RegisterOrder.Relevance when similar => $"{Score} DESC, o.\"NameEn\"",
            _ => "o.\"NameEn\"",
        };
        var offset = Math.Max(0, query.Offset);

        // The <% operator's threshold is set for this transaction only, so pooled connections keep the default.
        var ambient = db.Database.CurrentTransaction?.GetDbTransaction();
        await using var own = ambient is null && similar ? await connection.BeginTransactionAsync(ct) : null;
        var tx = (NpgsqlTransaction?)(ambient ?? own);
        if (similar)
        {
            await using var threshold = new NpgsqlCommand(
                FormattableString.Invariant($"SET LOCAL pg_trgm.word_similarity_threshold = {SimilarityThreshold}"), connection, tx);
            await threshold.ExecuteNonQueryAsync(ct);
        }

        // Searching, the matches are found once and counted on the way (the total rides on every row); without words a
        // separate count lets the page be a top-N sort instead of sorting every organisation.
        var ids = new List<Guid>();
        int? total = null;
        var counted = where.HasSearch ? ", count(*) OVER ()" : "";
        await using (var page = Command(connection, tx, $"""
            SELECT o."Id"{counted} FROM signatories.organisations o
            WHERE {where.Sql}
            ORDER BY {order}, o."Id" OFFSET @offset LIMIT @limit
            """, where))
        {
            page.Parameters.AddWithValue("offset", offset);
            page.Parameters.AddWithValue("limit", Math.Clamp(query.Limit, 0, 10_000));
            await using var reader = await page.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetGuid(0));
                total = where.HasSearch ? (int)reader.GetInt64(1) : null;
            }
        }
        // A page past the end (or of no rows) carries no total either.
        if (total is null && (!where.HasSearch || offset > 0 || query.Limit <= 0))
        {
            await using var count = Command(connection, tx, $"SELECT count(*) FROM signatories.organisations o WHERE {where.Sql}", where);
            total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        if (own is not null)
        {
            await own.CommitAsync(ct);
        }
        return (ids, total ?? 0);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, RegisterWhere where)
    {
        var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var p in where.Parameters)
        {
            command.Parameters.Add(p.Clone());
        }
        return command;
    }
}

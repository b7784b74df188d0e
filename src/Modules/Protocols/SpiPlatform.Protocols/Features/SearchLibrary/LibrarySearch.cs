using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SpiPlatform.Protocols.Data;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// The reuse library, answered by PostgreSQL (ADR 0010): filters, facet counts and the page are one query, and no
/// request reads its matches into the app. Full-text search uses English stemming for English text and unaccented
/// 'simple' words for Welsh. At most <see cref="CandidateCap"/> matches (the most recently changed) are ranked and counted; beyond that the total is the planner's estimate and the facets are
/// scaled from those candidates. The vectors are read once per candidate, where it is ranked. The unfiltered library's
/// counts are kept by the database as agreements change (ADR 0022), so browsing never counts the whole library.
/// When no agreement has every word, the words are relaxed (most words matched first); the thesaurus adds its terms;
/// a query that finds nothing gets a spelling suggestion from the library's own words.
/// </summary>
internal sealed class LibrarySearch(ProtocolsDbContext db)
{
    // Each candidate's search vectors are read (and de-TOASTed) once to rank it: 1,000 keep a broad query near 100 ms at 200,000 agreements (ADR 0010).
    public const int CandidateCap = 1000;

    public async Task<LibraryPage> SearchAsync(LibraryQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        var text = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var offset = Math.Max(0, query.Offset);
        var limit = Math.Clamp(query.Limit, 0, 100);
        var terms = text is null ? null : SearchTerms.Parse(text, await ThesaurusAsync(ct));
        await using var opened = await OpenedConnection.OpenAsync(db, ct);
        var connection = opened.Connection;
        if (terms is null)
        {
            var where = LibraryWhere.For(query, user, null);
            var browse = where.IsUnfiltered
                ? await BrowseAsync(connection, where, offset, limit, ct)
                : await MatchAsync(connection, where, "0", offset, limit, ct);
            return await PageAsync(browse, offset, null, ct);
        }
        var exact = terms.Strict();
        var strict = await MatchAsync(connection, LibraryWhere.For(query, user, exact), exact.Rank, offset, limit, ct);
        var found = strict;
        if (strict.Total == 0 && terms.CanRelax)
        {
            // Ten points a word, so an agreement matching more of the words always ranks above one matching fewer.
            var relaxed = terms.Relaxed();
            found = await MatchAsync(connection, LibraryWhere.For(query, user, relaxed), $"{relaxed.Rank} + 10 * ({relaxed.WordsMatched})", offset, limit, ct);
        }
        var suggestion = strict.Total == 0 ? await SpellingSuggestion.ForAsync(connection, text!, terms.Words, ct) : null;
        return await PageAsync(found, offset, exact.Highlight, ct) with
        {
            Relaxed = found.Total > 0 && strict.Total == 0,
            Suggestion = suggestion,
            AlsoSearchedFor = terms.AlsoSearchedFor,
        };
    }

    private async Task<List<(string Concept, string Term)>> ThesaurusAsync(CancellationToken ct)
        => [.. (await db.Synonyms.AsNoTracking().Select(s => new { s.Concept, s.Term }).ToListAsync(ct)).Select(s => (s.Concept, s.Term))];

    /// <summary>Ranks and counts at most <see cref="CandidateCap"/> matches; page, total and facets in one round trip.</summary>
    private static async Task<Matches> MatchAsync(NpgsqlConnection connection, LibraryWhere where, string rank, int offset, int limit, CancellationToken ct)
    {
        // Newest first, with or without words: titles follow topics, so walking title order for a filter such as one
        // service area would pass most of the library before finding a thousand (ADR 0022).
        const string cheapOrder = """a."UpdatedAt" DESC, a."Id" """;
        var sql = $"""
            WITH c AS MATERIALIZED (
                SELECT a."Id", ({rank})::float8 AS rank FROM protocols.agreements a WHERE {where.Sql} ORDER BY {cheapOrder} LIMIT {CandidateCap + 1}),
            r AS MATERIALIZED (
                SELECT {LibraryFacetsSql.Columns}, c.rank, lower(a."TitleEn") COLLATE "C" AS title
                FROM c JOIN protocols.agreements a ON a."Id" = c."Id"),
            m AS MATERIALIZED (SELECT r.*, row_number() OVER (ORDER BY rank DESC, title, "Id") AS ord FROM r)
            SELECT 'page'::text AS part, NULL::text AS value, ord::int AS n, "Id" AS id, rank FROM m WHERE ord > @offset AND ord <= @offset + @limit
            UNION ALL SELECT 'total', NULL, count(*)::int, NULL, NULL FROM m
            UNION ALL {LibraryFacetsSql.Over("m")}
            """;
        await using var command = Command(connection, sql, where);
        command.Parameters.AddWithValue("offset", offset);
        command.Parameters.AddWithValue("limit", limit);
        var rows = await ReadAsync(command, ct);
        var candidates = rows.Single(r => r.Part == "total").N;
        if (candidates <= CandidateCap)
        {
            return Matches.From(rows, candidates, estimated: false, pageable: candidates);
        }
        var estimate = Math.Max(candidates, await EstimateAsync(connection, where, ct));
        return Matches.From(rows, estimate, estimated: true, pageable: CandidateCap, scale: (double)estimate / candidates);
    }

    /// <summary>The planner's estimate of how many rows match: free, and close enough to say "about".</summary>
    private static async Task<int> EstimateAsync(NpgsqlConnection connection, LibraryWhere where, CancellationToken ct)
    {
        await using var command = Command(connection, $"EXPLAIN (FORMAT JSON) SELECT 1 FROM protocols.agreements a WHERE {where.Sql}", where);
        var plan = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(ct))!);
        return (int)Math.Min(int.MaxValue, plan.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble());
    }

    /// <summary>The library with no words and no filters: the page from the title index, the counts kept by the database.</summary>
    private static async Task<Matches> BrowseAsync(NpgsqlConnection connection, LibraryWhere where, int offset, int limit, CancellationToken ct)
    {
        await using var command = Command(connection, $"""
            SELECT 'page'::text AS part, NULL::text AS value, ord::int AS n, "Id" AS id, 0::float8 AS rank FROM (
                SELECT a."Id", row_number() OVER (ORDER BY lower(a."TitleEn") COLLATE "C", a."Id") AS ord FROM protocols.agreements a
                WHERE {where.Sql} ORDER BY lower(a."TitleEn") COLLATE "C", a."Id" OFFSET @offset LIMIT @limit) p
            UNION ALL {LibraryFacetCountsSql.For(where)}
            """, where);
        command.Parameters.AddWithValue("offset", offset);
        command.Parameters.AddWithValue("limit", limit);
        var rows = LibraryFacetCountsSql.Sum(await ReadAsync(command, ct));
        var total = rows.SingleOrDefault(r => r.Part == "total")?.N ?? 0;
        return Matches.From(rows, total, estimated: false, pageable: total);
    }

    private async Task<LibraryPage> PageAsync(Matches matches, int offset, string? snippetQuery, CancellationToken ct)
    {
        var ids = matches.Page.Select(p => p.Id).ToList();
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery()
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var snippets = snippetQuery is null || ids.Count == 0 ? [] : await SnippetsAsync(ids, snippetQuery, ct);
        var hits = matches.Page.Where(p => agreements.ContainsKey(p.Id))
            .Select(p => new LibraryHit(agreements[p.Id], p.Rank, snippets.GetValueOrDefault(p.Id))).ToList();
        return new LibraryPage(hits, matches.Total, offset, matches.Facets) { IsEstimate = matches.Estimated, PageableCount = matches.Pageable };
    }

    private async Task<Dictionary<Guid, string>> SnippetsAsync(List<Guid> ids, string search, CancellationToken ct)
    {
        // \u0002 and \u0003 mark the matches, so the text around them can be HTML-encoded safely before they become <mark>.
        var rows = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT a."Id", ts_headline('english', a."SummaryEn" || ' ' || a."Purpose", websearch_to_tsquery('english', {search}),
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15') AS "Snippet"
            FROM protocols.agreements a WHERE a."Id" = ANY({ids.ToArray()})
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => WebUtility.HtmlEncode(r.Snippet).Replace("\u0002", "<mark>", StringComparison.Ordinal).Replace("\u0003", "</mark>", StringComparison.Ordinal));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, LibraryWhere where)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var p in where.Parameters)
        {
            command.Parameters.Add(p.Clone());
        }
        return command;
    }

    private static async Task<List<Row>> ReadAsync(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new Row(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? Guid.Empty : reader.GetGuid(3), reader.IsDBNull(4) ? 0 : reader.GetDouble(4)));
        }
        return rows;
    }

    internal sealed record Row(string Part, string? Value, int N, Guid Id, double Rank);

    private sealed record Matches(List<(Guid Id, double Rank)> Page, int Total, bool Estimated, int Pageable, LibraryFacets Facets)
    {
        public static Matches From(List<Row> rows, int total, bool estimated, int pageable, double scale = 1)
        {
            var facets = new LibraryFacetsSql.Builder(scale);
            foreach (var row in rows.Where(r => r.Value is not null))
            {
                facets.Add(row.Part, row.Value!, row.N);
            }
            var page = rows.Where(r => r.Part == "page").OrderBy(r => r.N).Select(r => (r.Id, r.Rank)).ToList();
            return new Matches(page, total, estimated, pageable, facets.Build());
        }
    }

    private sealed record SnippetRow(Guid Id, string Snippet);
}

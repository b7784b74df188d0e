using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;

namespace SpiPlatform.Protocols.Features.SuggestTitles;

/// <summary>Typeahead on titles with pg_trgm, so "marak cardif" still offers the Cardiff MARAC protocol.</summary>
internal sealed class TitleSuggestions(ProtocolsDbContext db)
{
    private const string Threshold = "0.3";

    public async Task<List<Agreement>> SuggestAsync(string text, ClaimsPrincipal user, CancellationToken ct)
    {
        var q = text.Trim().ToLowerInvariant();
        if (q.Length < 2)
        {
            return [];
        }
        // The <% operator (not the word_similarity function) is what the trigram index on the titles can answer; its
        // threshold is set for this transaction only, so pooled connections keep the default.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync($"SET LOCAL pg_trgm.word_similarity_threshold = {Threshold}", ct);
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT a."Id" AS "Value" FROM protocols.agreements a
            WHERE {q} <% lower(a."TitleEn") OR {q} <% lower(a."TitleCy")
            ORDER BY greatest(word_similarity({q}, lower(a."TitleEn")), word_similarity({q}, lower(a."TitleCy"))) DESC
            LIMIT 30
            """).ToListAsync(ct);
        await tx.CommitAsync(ct);
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return [.. ids.Select(id => rows.First(r => r.Id == id)).Where(a => ProtocolsAccess.CanRead(user, a)).Take(8)];
    }
}

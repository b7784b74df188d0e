using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;

namespace SpiPlatform.Protocols.Features.SuggestTitles;

/// <summary>Typeahead on titles with pg_trgm, so "marak cardif" still offers the Cardiff MARAC protocol.</summary>
internal sealed class TitleSuggestions(ProtocolsDbContext db)
{
    public async Task<List<Agreement>> SuggestAsync(string text, ClaimsPrincipal user, CancellationToken ct)
    {
        var q = text.Trim().ToLowerInvariant();
        if (q.Length < 2)
        {
            return [];
        }
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT a."Id" AS "Value" FROM protocols.agreements a
            WHERE word_similarity({q}, lower(a."TitleEn")) > 0.3 OR word_similarity({q}, lower(a."TitleCy")) > 0.3
            ORDER BY greatest(word_similarity({q}, lower(a."TitleEn")), word_similarity({q}, lower(a."TitleCy"))) DESC
            LIMIT 30
            """).ToListAsync(ct);
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return [.. ids.Select(id => rows.First(r => r.Id == id)).Where(a => ProtocolsAccess.CanRead(user, a)).Take(8)];
    }
}

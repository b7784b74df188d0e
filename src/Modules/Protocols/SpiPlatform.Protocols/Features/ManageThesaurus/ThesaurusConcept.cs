using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;

namespace SpiPlatform.Protocols.Features.ManageThesaurus;

/// <summary>One concept of the thesaurus and its terms, English and Welsh together, in alphabetical order.</summary>
internal sealed record ThesaurusConcept(string Name, IReadOnlyList<string> Terms)
{
    /// <summary>The whole thesaurus (a few dozen rows, read whole), concepts in name order.</summary>
    public static async Task<List<ThesaurusConcept>> ReadAsync(ProtocolsDbContext db, CancellationToken ct)
    {
        var rows = await db.Synonyms.AsNoTracking().Select(s => new { s.Concept, s.Term }).ToListAsync(ct);
        return [.. rows.GroupBy(r => r.Concept)
            .Select(g => new ThesaurusConcept(g.Key, [.. g.Select(r => r.Term).Order(StringComparer.CurrentCultureIgnoreCase)]))
            .OrderBy(c => c.Name, StringComparer.Ordinal)];
    }
}

using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>Per request: every organisation asked for by other modules' fields, loaded in one query per level.</summary>
internal sealed class OrganisationGraph(SignatoriesDbContext db) : IOrganisationGraph
{
    private readonly BatchLoader<Guid, object> _loader = new(async (ids, ct) =>
        (await db.Organisations.AsNoTracking().Include(o => o.Signatures).Where(o => ids.Contains(o.Id)).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => (object)o));

    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid id) => _loader.Load(id);
}

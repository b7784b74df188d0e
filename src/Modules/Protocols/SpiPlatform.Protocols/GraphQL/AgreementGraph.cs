using System.Security.Claims;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.GraphQL;

/// <summary>
/// Per request: every agreement asked for by other modules' fields, loaded in one query per level; what the caller may
/// not read comes back null, as from <c>agreement(id)</c>.
/// </summary>
internal sealed class AgreementGraph(ProtocolsDbContext db) : IAgreementGraph
{
    private BatchLoader<Guid, object>? _loader;

    // Scoped, so one request and one caller: the first field's user is every field's user.
    public IDataLoaderResult<object?> Load(IResolveFieldContext context, Guid id)
        => (_loader ??= LoaderFor(context.User ?? new ClaimsPrincipal())).Load(id);

    private BatchLoader<Guid, object> LoaderFor(ClaimsPrincipal user) => new(async (ids, ct) =>
        (await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
            .Where(a => ProtocolsAccess.CanRead(user, a))
            .ToDictionary(a => a.Id, a => (object)a));
}

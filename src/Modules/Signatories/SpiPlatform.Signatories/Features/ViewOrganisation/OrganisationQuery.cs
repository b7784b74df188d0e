using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.ViewOrganisation;

/// <summary><c>organisation(id)</c>: one organisation on the register, as its public page shows it.</summary>
internal static class OrganisationQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<OrganisationGraphType>("organisation")
            .Description("One organisation on the register, by id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<SignatoriesDbContext>().Organisations.AsNoTracking()
                .Include(o => o.Signatures).FirstOrDefaultAsync(o => o.Id == c.GetArgument<Guid>("id"), c.CancellationToken));
}

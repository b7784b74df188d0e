using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.GraphQL;

namespace SpiPlatform.Protocols.Features.ViewAgreement;

/// <summary><c>agreement(id|reference)</c>: what the agreement page shows, found the same way.</summary>
internal static class AgreementQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<AgreementGraphType>("agreement")
            .Description("One agreement by id or reference (drafts only for those who may see them).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("reference")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ProtocolsDbContext>()
                .FindReadableAsync(c.GetArgument<Guid?>("id"), c.GetArgument<string?>("reference"), c.User!, c.CancellationToken));
}

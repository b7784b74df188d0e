using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.DecideSignature;
using SpiPlatform.Signatories.Features.NameDesignatedPerson;
using SpiPlatform.Signatories.Features.RegisterOrganisation;
using SpiPlatform.Signatories.Features.SearchRegister;
using SpiPlatform.Signatories.Features.SignAccord;
using SpiPlatform.Signatories.Features.UpdateOrganisation;
using SpiPlatform.Signatories.Features.WithdrawFromAccord;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>The register's queries (public) and mutations (signed in; each handler checks who may act).</summary>
internal sealed class SignatoriesSchemaContributor : IGraphQLSchemaContributor
{
    public const int MaxPageSize = 100;

    public void ContributeQueries(ObjectGraphType query)
    {
        query.Connection<OrganisationGraphType>("organisations")
            .Description("The Accord register: search by name (typos tolerated, English or Welsh), filter, page.")
            .Argument<OrganisationFilterGraphType>("filter")
            .Argument<StringGraphType>("search")
            .Argument<RegisterOrderGraphType>("orderBy")
            .PageSize(20)
            .ResolveAsync(ResolveOrganisationsAsync);

        query.Field<OrganisationGraphType>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<SignatoriesDbContext>().Organisations.AsNoTracking()
                .Include(o => o.Signatures).FirstOrDefaultAsync(o => o.Id == c.GetArgument<Guid>("id"), c.CancellationToken));
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        Mutation<RegisterOrganisationInputGraphType>(mutation, "registerOrganisation", async (c, input) =>
            await Handler<RegisterOrganisationHandler>(c).HandleAsync(c.GetArgument<OrganisationInput>("input").ToDetails(), c.User!, c.CancellationToken));

        Mutation<UpdateOrganisationInputGraphType>(mutation, "updateOrganisation", async (c, input) =>
        {
            var update = c.GetArgument<UpdateOrganisationInput>("input");
            return await Handler<UpdateOrganisationHandler>(c).HandleAsync(update.Id, update.Version, update.ToDetails(), c.User!, c.CancellationToken);
        });

        Mutation<DesignatedPersonInputGraphType>(mutation, "nameDesignatedPerson", async (c, input) =>
            await Handler<NameDesignatedPersonHandler>(c).HandleAsync(
                Get<Guid>(input, "organisationId"), Get<int>(input, "version"),
                new DesignatedPersonInput(Get<string>(input, "name"), Get<string>(input, "role"), Get<string>(input, "email"), Get<string>(input, "phone")),
                c.User!, c.CancellationToken));

        Mutation<SignAccordInputGraphType>(mutation, "signAccord", async (c, input) =>
            await Handler<SignAccordHandler>(c).HandleAsync(
                new SignAccordInput(Get<Guid>(input, "organisationId"), Get<int>(input, "version"), Get<string>(input, "signedByName"),
                    Get<string>(input, "signedByRole"), Get<DateOnly?>(input, "signedOn"), Get<bool>(input, "accepted")),
                c.User!, c.CancellationToken));

        Mutation<SignatureDecisionInputGraphType>(mutation, "verifySignature", async (c, input) =>
            await Handler<DecideSignatureHandler>(c).VerifyAsync(Get<Guid>(input, "signatureId"), c.User!, c.CancellationToken));

        Mutation<SignatureDecisionInputGraphType>(mutation, "rejectSignature", async (c, input) =>
            await Handler<DecideSignatureHandler>(c).RejectAsync(Get<Guid>(input, "signatureId"), Get<string>(input, "reason"), c.User!, c.CancellationToken));

        Mutation<WithdrawFromAccordInputGraphType>(mutation, "withdrawFromAccord", async (c, input) =>
            await Handler<WithdrawFromAccordHandler>(c).HandleAsync(
                Get<Guid>(input, "organisationId"), Get<int>(input, "version"), Get<string>(input, "reason"), c.User!, c.CancellationToken));
    }

    private static async Task<object?> ResolveOrganisationsAsync(IResolveConnectionContext<object?> c)
    {
        var first = c.First ?? 20;
        if (first is < 0 or > MaxPageSize)
        {
            c.Errors.Add(ProblemErrors.ToError(Problem.Invalid("first", $"Ask for between 0 and {MaxPageSize} organisations at a time."), "organisations"));
            return null;
        }
        if (Cursor.OffsetAfter(c.After) is not { } offset)
        {
            c.Errors.Add(ProblemErrors.ToError(Problem.Invalid("after", "That cursor did not come from this API."), "organisations"));
            return null;
        }
        var filter = c.GetArgument<Dictionary<string, object?>?>("filter");
        var query = new RegisterQuery(
            c.GetArgument<string?>("search"),
            ListOf<OrganisationSector>(filter, "sectors"),
            ListOf<ServiceArea>(filter, "areas"),
            ListOf<AccordStatus>(filter, "statuses"),
            c.GetArgument("orderBy", RegisterOrder.Relevance),
            offset,
            first);
        var page = await c.RequestServices!.GetRequiredService<RegisterSearch>().SearchAsync(query, c.CancellationToken);
        var edges = page.Items.Select((o, i) => new Edge<Organisation> { Node = o, Cursor = Cursor.ForOffset(offset + i) }).ToList();
        return new Connection<Organisation>
        {
            TotalCount = page.TotalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasNextPage = offset + edges.Count < page.TotalCount,
                HasPreviousPage = offset > 0,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    private static void Mutation<TInput>(ObjectGraphType mutation, string name,
        Func<IResolveFieldContext, Dictionary<string, object?>, Task<Result<Organisation>>> run)
        where TInput : IGraphType
        => mutation.Field<OrganisationGraphType>(name)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireAuthenticated()
            .ResolveAsync(async c =>
            {
                var input = c.Arguments!["input"].Value as Dictionary<string, object?> ?? [];
                return c.ValueOrErrors(await run(c, input));
            });

    private static T Handler<T>(IResolveFieldContext c) where T : notnull => c.RequestServices!.GetRequiredService<T>();

    private static T Get<T>(Dictionary<string, object?> input, string key)
        => input.TryGetValue(key, out var value) && value is not null ? (T)ValueConverter.ConvertTo(value, typeof(T))! : default!;

    private static List<T>? ListOf<T>(Dictionary<string, object?>? filter, string key)
        => filter is not null && filter.TryGetValue(key, out var value) && value is IEnumerable<object> items ? [.. items.Cast<T>()] : null;
}

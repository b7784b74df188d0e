using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.EditAgreement;
using SpiPlatform.Protocols.Features.Library;
using SpiPlatform.Protocols.Features.Lifecycle;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

/// <summary>The library (public for live agreements) and the drafting mutations.</summary>
internal sealed class ProtocolsSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        query.Field<AgreementSearchResultGraphType>("agreements")
            .Description("Search the library: full text over titles, summaries, purposes and flows (English and Welsh), with facets.")
            .Argument<StringGraphType>("search")
            .Argument<AgreementFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(SearchAsync);

        query.Field<AgreementGraphType>("agreement")
            .Description("One agreement by id or reference (drafts only for those who may see them).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("reference")
            .ResolveAsync(async c =>
            {
                var db = c.RequestServices!.GetRequiredService<ProtocolsDbContext>();
                var id = c.GetArgument<Guid?>("id");
                var reference = c.GetArgument<string?>("reference")?.Trim().ToUpperInvariant();
                var agreement = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows)
                    .FirstOrDefaultAsync(a => a.Id == id || a.Reference == reference, c.CancellationToken);
                return agreement is not null && ProtocolsAccess.CanRead(c.User!, agreement) ? agreement : null;
            });

        query.Field<AgreementDiffGraphType>("agreementDiff")
            .Description("What changed between two versions of an agreement, field by field and flow by flow.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .Argument<NonNullGraphType<IntGraphType>>("to")
            .ResolveAsync(DiffAsync);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreementTitles")
            .Description("Typeahead: agreements whose title looks like the text (typos tolerated).")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TitleSuggestions>()
                .SuggestAsync(c.GetArgument<string>("text"), c.User!, c.CancellationToken));
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        Mutation<CreateAgreementInputGraphType>(mutation, "createAgreement", c =>
            Handlers(c).CreateAsync(c.GetArgument<AgreementInputModel>("input").ToInput(), c.User!, c.CancellationToken));
        Mutation<UpdateAgreementInputGraphType>(mutation, "updateAgreement", c =>
        {
            var input = c.GetArgument<UpdateAgreementInputModel>("input");
            return Handlers(c).UpdateAsync(input.Id, input.Version, input.ToInput(), c.User!, c.CancellationToken);
        });
        Mutation<FlowInputGraphType>(mutation, "addFlow", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return Flows(c).AddAsync(input.AgreementId, input.Version, input.ToInput(), c.User!, c.CancellationToken);
        });
        Mutation<FlowInputGraphType>(mutation, "updateFlow", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return Flows(c).UpdateAsync(input.FlowId, input.Version, input.ToInput(), c.User!, c.CancellationToken);
        });
        Mutation<FlowInputGraphType>(mutation, "removeFlow", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return Flows(c).RemoveAsync(input.FlowId, input.Version, c.User!, c.CancellationToken);
        });
        mutation.Field<AgreementGraphType>("deriveAgreement")
            .Description("Start a new draft from an existing agreement; its lineage is kept both ways.")
            .Argument<NonNullGraphType<IdGraphType>>("agreementId")
            .Argument<IdGraphType>("coordinatorId", "Defaults to your own organisation.")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await Handlers(c).DeriveAsync(
                c.GetArgument<Guid>("agreementId"), c.GetArgument<Guid?>("coordinatorId"), c.User!, c.CancellationToken), "agreement"));
        mutation.Field<AgreementGraphType>("submitForQualityAssurance")
            .Argument<NonNullGraphType<IdGraphType>>("agreementId")
            .Argument<NonNullGraphType<IntGraphType>>("version")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await c.RequestServices!.GetRequiredService<LifecycleHandler>().SubmitForQualityAssuranceAsync(
                c.GetArgument<Guid>("agreementId"), c.GetArgument<int>("version"), c.User!, c.CancellationToken), "agreement"));
    }

    private static async Task<object?> SearchAsync(IResolveFieldContext c)
    {
        var first = c.GetArgument<int?>("first") ?? 20;
        if (first is < 0 or > 100)
        {
            c.Errors.Add(ProblemErrors.ToError(Problem.Invalid("first", "Ask for between 0 and 100 agreements at a time."), "agreements"));
            return null;
        }
        if (Cursor.OffsetAfter(c.GetArgument<string?>("after")) is not { } offset)
        {
            c.Errors.Add(ProblemErrors.ToError(Problem.Invalid("after", "That cursor did not come from this API."), "agreements"));
            return null;
        }
        var f = c.GetArgument<Dictionary<string, object?>?>("filter");
        var query = new LibraryQuery(c.GetArgument<string?>("search"),
            ListOf<AgreementKind>(f, "kinds"), ListOf<AgreementStatus>(f, "statuses"), ListOf<AgreementServiceArea>(f, "serviceAreas"),
            ListOf<OrganisationSector>(f, "partnerSectors"), ListOf<ServiceArea>(f, "regions"), ListOf<DataCategory>(f, "dataCategories"),
            ListOf<string>(f, "legalBases"), offset, first);
        return await c.RequestServices!.GetRequiredService<LibrarySearch>().SearchAsync(query, c.User!, c.CancellationToken);
    }

    private static async Task<object?> DiffAsync(IResolveFieldContext c)
    {
        var db = c.RequestServices!.GetRequiredService<ProtocolsDbContext>();
        var id = c.GetArgument<Guid>("id");
        var agreement = await db.FindAsync(id, c.CancellationToken);
        if (agreement is null || !ProtocolsAccess.CanRead(c.User!, agreement))
        {
            c.Errors.Add(ProblemErrors.ToError(Problem.NotFound("There is no agreement with that id.")));
            return null;
        }
        int[] numbers = [c.GetArgument<int>("from"), c.GetArgument<int>("to")];
        var versions = await db.Versions.AsNoTracking().Where(v => v.AgreementId == id && numbers.Contains(v.Number)).ToDictionaryAsync(v => v.Number, c.CancellationToken);
        foreach (var (number, name) in numbers.Zip(new[] { "from", "to" }))
        {
            if (!versions.ContainsKey(number))
            {
                c.Errors.Add(new ExecutionError($"Version {number} does not exist.") { Code = ErrorCodes.NotFound, Extensions = new Dictionary<string, object?> { ["field"] = name } });
                return null;
            }
        }
        return VersionDiff.Between(numbers[0], versions[numbers[0]].Snapshot, numbers[1], versions[numbers[1]].Snapshot);
    }

    private static void Mutation<TInput>(ObjectGraphType mutation, string name, Func<IResolveFieldContext, Task<Result<Agreement>>> run)
        where TInput : IGraphType
        => mutation.Field<AgreementGraphType>(name)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await run(c)));

    private static AgreementHandlers Handlers(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<AgreementHandlers>();

    private static FlowHandlers Flows(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<FlowHandlers>();

    private static List<T>? ListOf<T>(Dictionary<string, object?>? filter, string key)
        => filter is not null && filter.TryGetValue(key, out var value) && value is IEnumerable<object> items ? [.. items.Cast<T>()] : null;
}

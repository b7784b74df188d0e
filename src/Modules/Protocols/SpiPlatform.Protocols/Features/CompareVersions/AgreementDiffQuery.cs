using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.CompareVersions;

/// <summary><c>agreementDiff</c>: what changed between two frozen versions of an agreement the caller may read.</summary>
internal static class AgreementDiffQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<AgreementDiffGraphType>("agreementDiff")
            .Description("What changed between two versions of an agreement, field by field and flow by flow.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("from")
            .Argument<NonNullGraphType<IntGraphType>>("to")
            .ResolveAsync(ResolveAsync);

    private static async Task<object?> ResolveAsync(IResolveFieldContext c)
    {
        var db = c.RequestServices!.GetRequiredService<ProtocolsDbContext>();
        var id = c.GetArgument<Guid>("id");
        if (await db.FindReadableAsync(id, null, c.User!, c.CancellationToken) is null)
        {
            c.Errors.Add(ProblemErrors.ToError(AgreementStore.NotFound));
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
}

internal sealed class AgreementDiffGraphType : ObjectGraphType<AgreementDiff>
{
    public AgreementDiffGraphType()
    {
        Name = "AgreementDiff";
        Field(d => d.From);
        Field(d => d.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldChangeGraphType>>>>("fields").Resolve(c => c.Source.Fields);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FlowChangeGraphType>>>>("flows").Resolve(c => c.Source.Flows);
    }
}

internal sealed class FieldChangeGraphType : ObjectGraphType<FieldChange>
{
    public FieldChangeGraphType()
    {
        Name = "FieldChange";
        Field(f => f.Field);
        Field(f => f.Before, nullable: true);
        Field(f => f.After, nullable: true);
    }
}

internal sealed class FlowChangeGraphType : ObjectGraphType<FlowChange>
{
    public FlowChangeGraphType()
    {
        Name = "FlowChange";
        Field<NonNullGraphType<IdGraphType>>("flowId").Resolve(c => c.Source.FlowId);
        Field(f => f.Change).Description("Added, Removed or Changed.");
        Field(f => f.Before, nullable: true);
        Field(f => f.After, nullable: true);
    }
}

using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.EditFlows;

internal sealed class FlowInputModel
{
    public Guid AgreementId { get; set; }
    public Guid FlowId { get; set; }
    public int Version { get; set; }
    public FlowStage Stage { get; set; }
    public string? CustomStage { get; set; }
    public Guid FromOrganisationId { get; set; }
    public Guid ToOrganisationId { get; set; }
    public List<DataCategory>? Data { get; set; }
    public FlowMethod Method { get; set; }
    public string? Frequency { get; set; }
    public List<string>? LegalBasisCodes { get; set; }

    public FlowInput ToInput() => new(Stage, CustomStage, FromOrganisationId, ToOrganisationId, Data, Method, Frequency, LegalBasisCodes);
}

internal sealed class FlowInputGraphType : InputObjectGraphType<FlowInputModel>
{
    public FlowInputGraphType()
    {
        Name = "FlowInput";
        Description = "addFlow needs agreementId; updateFlow and removeFlow need flowId. Version is the agreement's.";
        Field<IdGraphType>("agreementId");
        Field<IdGraphType>("flowId");
        Field(x => x.Version);
        Field<FlowStageGraphType>("stage");
        Field(x => x.CustomStage, nullable: true);
        Field<IdGraphType>("fromOrganisationId");
        Field<IdGraphType>("toOrganisationId");
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("data");
        Field<FlowMethodGraphType>("method");
        Field(x => x.Frequency, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasisCodes")
            .Description("Codes from legalBases the flow relies on; left out or empty, none is recorded. An unknown, repealed or retired code is VALIDATION_FAILED on input.legalBasisCodes.");
    }
}

/// <summary><c>addFlow</c>, <c>updateFlow</c>, <c>removeFlow</c>: the same handler as the inline flow table.</summary>
internal static class EditFlowsMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<AgreementGraphType, FlowInputGraphType, Agreement>("addFlow", "Add a row to a draft's Information Flow Reference Table.", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return c.Service<EditFlowsHandler>().AddAsync(input.AgreementId, input.Version, input.ToInput(), c.User!, c.CancellationToken);
        });
        mutation.AddCommand<AgreementGraphType, FlowInputGraphType, Agreement>("updateFlow", "Change a row of a draft's flow table.", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return c.Service<EditFlowsHandler>().UpdateAsync(input.FlowId, input.Version, input.ToInput(), c.User!, c.CancellationToken);
        });
        mutation.AddCommand<AgreementGraphType, FlowInputGraphType, Agreement>("removeFlow", "Remove a row from a draft's flow table.", c =>
        {
            var input = c.GetArgument<FlowInputModel>("input");
            return c.Service<EditFlowsHandler>().RemoveAsync(input.FlowId, input.Version, c.User!, c.CancellationToken);
        });
    }
}

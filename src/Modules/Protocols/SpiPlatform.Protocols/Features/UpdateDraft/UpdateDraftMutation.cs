using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.UpdateDraft;

internal sealed class UpdateAgreementInputModel : AgreementInputModel
{
    public Guid Id { get; set; }
    public int Version { get; set; }
}

internal sealed class UpdateAgreementInputGraphType : AgreementFields<UpdateAgreementInputModel>
{
    public UpdateAgreementInputGraphType()
    {
        Name = "UpdateAgreementInput";
        this.AddIdAndVersion();
    }
}

/// <summary><c>updateAgreement</c>: the same handler as each step of the draft editor.</summary>
internal static class UpdateDraftMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<AgreementGraphType, UpdateAgreementInputGraphType, Agreement>("updateAgreement",
            "Change a draft's fields, sending the version you last read; a stale one is refused with CONFLICT.",
            c =>
            {
                var input = c.GetArgument<UpdateAgreementInputModel>("input");
                // A client that does not send legalBasisCodes (written for the gateways enum) cannot see the other bases, so keeps them.
                return c.Service<UpdateDraftHandler>().HandleAsync(input.Id, input.Version, input.ToInput(), c.User!, c.CancellationToken,
                    keepBasesOutsideGateways: input.LegalBasisCodes is null);
            });
}

using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.CreateDraft;

internal sealed class CreateAgreementInputGraphType : AgreementFields<AgreementInputModel>
{
    public CreateAgreementInputGraphType() => Name = "CreateAgreementInput";
}

/// <summary><c>createAgreement</c>: the same handler as the New agreement page.</summary>
internal static class CreateDraftMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<AgreementGraphType, CreateAgreementInputGraphType, Agreement>("createAgreement",
            "Start a draft agreement from a blank page; it may be incomplete until it is submitted for quality assurance.",
            c => c.Service<CreateDraftHandler>().HandleAsync(c.GetArgument<AgreementInputModel>("input").ToInput(), c.User!, c.CancellationToken));
}

using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.SignOff;

internal sealed class SignOffInputGraphType : InputObjectGraphType
{
    public SignOffInputGraphType()
    {
        Name = "SignOffInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The partner you sign for: your own organisation.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version of your organisation's sign-off you last read (signOffs.version); a stale one is refused with CONFLICT.");
    }
}

internal sealed class DeclineSignOffInputGraphType : InputObjectGraphType
{
    public DeclineSignOffInputGraphType()
    {
        Name = "DeclineSignOffInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The partner you decline for: your own organisation.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version of your organisation's sign-off you last read (signOffs.version); a stale one is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why your organisation will not sign it off; sent back to the partners with the submission.");
    }
}

/// <summary><c>signOff</c> and <c>declineSignOff</c>: a partner's authorised signatory decides for their organisation.</summary>
internal static class SignOffMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<QaSubmissionGraphType, SignOffInputGraphType, QaSubmission>("signOff",
            "Sign a quality-assured agreement off for your organisation, holding its sign-off right; when the last partner signs, the agreement goes LIVE.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<SignOffHandler>().SignAsync(
                    new SignOffInput(input.IdOf("submissionId"), input.IdOf("organisationId"), input.IntOf("version")), c.User!, c.CancellationToken);
            });
        mutation.AddCommand<QaSubmissionGraphType, DeclineSignOffInputGraphType, QaSubmission>("declineSignOff",
            "Decline to sign an agreement off for your organisation, saying why; the submission is RETURNED and the agreement goes back to DRAFT.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<SignOffHandler>().DeclineAsync(
                    new DeclineSignOffInput(input.IdOf("submissionId"), input.IdOf("organisationId"), input.IntOf("version"), input.TextOf("reason")),
                    c.User!, c.CancellationToken);
            });
    }
}

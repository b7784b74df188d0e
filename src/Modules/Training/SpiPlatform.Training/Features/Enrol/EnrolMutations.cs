using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.Enrol;

internal sealed class EnrolInSessionInputGraphType : InputObjectGraphType
{
    public EnrolInSessionInputGraphType()
    {
        Name = "EnrolInSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("email").Description("The person to enrol (training:write clients and the programme team); yourself when not given.");
        Field<StringGraphType>("displayName");
        Field<IdGraphType>("organisationId").Description("The named person's organisation; yourself: your sign-in's organisation. A completion counts towards its training needs.");
    }
}

internal sealed class CancelEnrolmentInputGraphType : InputObjectGraphType
{
    public CancelEnrolmentInputGraphType()
    {
        Name = "CancelEnrolmentInput";
        Field<NonNullGraphType<IdGraphType>>("enrolmentId");
    }
}

/// <summary><c>enrolInSession</c> and <c>cancelEnrolment</c>: the same handler as the session page's buttons.</summary>
internal static class EnrolMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<EnrolmentGraphType, EnrolInSessionInputGraphType, Enrolment>("enrolInSession",
            "Take a place on a session, or join its waiting list when it is full; enrolling twice is a CONFLICT.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<EnrolmentHandler>().EnrolAsync(
                    new EnrolInput(i.IdOf("sessionId"), i.TextOf("email"), i.TextOf("displayName"), i.OptionalIdOf("organisationId")), c.User!, c.CancellationToken);
            });

        mutation.AddCommand<EnrolmentGraphType, CancelEnrolmentInputGraphType, Enrolment>("cancelEnrolment",
            "Give up your place (the first person waiting takes it) or your waiting-list position.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<EnrolmentHandler>().CancelAsync(new CancelEnrolmentInput(i.IdOf("enrolmentId")), c.User!, c.CancellationToken);
            });
    }
}

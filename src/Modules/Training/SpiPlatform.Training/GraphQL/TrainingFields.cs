using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.ScheduleSession;

namespace SpiPlatform.Training.GraphQL;

internal sealed class SessionFilterGraphType : InputObjectGraphType
{
    public SessionFilterGraphType()
    {
        Name = "TrainingSessionFilter";
        Description = "All given conditions apply together.";
        Field<IdGraphType>("courseId");
        Field<TrainingAreaGraphType>("area");
        Field<DateTimeOffsetGraphType>("from").Description("Sessions ending at or after this moment; now when not given.");
    }
}

/// <summary><c>courses</c> and <c>sessions(filter)</c>: the public catalogue and calendar.</summary>
internal static class TrainingQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseGraphType>>>>("courses")
            .Description("The training catalogue.")
            .ResolveAsync(async c => await c.Service<CourseCatalogue>().CoursesAsync(c.CancellationToken));

        query.Field<TrainingSessionConnectionGraphType>("sessions")
            .Description("Training sessions, soonest first.")
            .Argument<SessionFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var paging = Paging.Read(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize, "sessions");
                if (c.ValueOrErrors(paging, "sessions") is not { } window)
                {
                    return null;
                }
                var f = c.GetArgument<Dictionary<string, object?>?>("filter");
                var query = new SessionQuery(
                    f?.OptionalIdOf("courseId"),
                    f is not null && f.TryGetValue("area", out var area) && area is ServiceArea a ? a : null,
                    f is not null && f.TryGetValue("from", out var from) && from is DateTimeOffset d ? d : null,
                    window.Offset, window.First);
                var (sessions, total) = await c.Service<CourseCatalogue>().SessionsAsync(query, c.CancellationToken);
                return Connections.Of(sessions, window.Offset, total);
            });
    }
}

internal sealed class ScheduleSessionInputGraphType : InputObjectGraphType
{
    public ScheduleSessionInputGraphType()
    {
        Name = "ScheduleSessionInput";
        Field<NonNullGraphType<IdGraphType>>("courseId");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt");
        Field<NonNullGraphType<BooleanGraphType>>("isOnline");
        Field<StringGraphType>("venue").Description("Required unless online.");
        Field<TrainingAreaGraphType>("area").Description("Required unless online.");
        Field<NonNullGraphType<IntGraphType>>("capacity");
        Field<NonNullGraphType<StringGraphType>>("trainerEmail");
    }
}

internal sealed class EnrolInSessionInputGraphType : InputObjectGraphType
{
    public EnrolInSessionInputGraphType()
    {
        Name = "EnrolInSessionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<StringGraphType>("email").Description("The person to enrol (training:write clients and the programme team); yourself when not given.");
        Field<StringGraphType>("displayName");
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

/// <summary><c>scheduleSession</c>, <c>enrolInSession</c> and <c>cancelEnrolment</c>: the same handlers as the pages.</summary>
internal static class TrainingMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<TrainingSessionGraphType, ScheduleSessionInputGraphType, TrainingSession>("scheduleSession",
            "Schedule a session of a course (programme team or training:write).",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ScheduleSessionHandler>().HandleAsync(new ScheduleSessionInput(
                    i.IdOf("courseId"), (DateTimeOffset)i["startsAt"]!, (DateTimeOffset)i["endsAt"]!, (bool)i["isOnline"]!,
                    i.TextOf("venue"), i.TryGetValue("area", out var a) && a is ServiceArea area ? area : null,
                    i.IntOf("capacity"), i.TextOf("trainerEmail") ?? ""), c.User!, c.CancellationToken);
            });

        mutation.AddCommand<EnrolmentGraphType, EnrolInSessionInputGraphType, Enrolment>("enrolInSession",
            "Take a place on a session, or join its waiting list when it is full; enrolling twice is a CONFLICT.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<EnrolmentHandler>().EnrolAsync(
                    new EnrolInput(i.IdOf("sessionId"), i.TextOf("email"), i.TextOf("displayName")), c.User!, c.CancellationToken);
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

/// <summary>The Training fields.</summary>
internal sealed class TrainingSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        TrainingQueries.Add(query);
        FindFacilitatorsQuery.Add(query);
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        TrainingMutations.Add(mutation);
        RegisterFacilitatorMutation.Add(mutation);
        UpdateFacilitatorMutation.Add(mutation);
        RemoveFacilitatorMutation.Add(mutation);
    }
}

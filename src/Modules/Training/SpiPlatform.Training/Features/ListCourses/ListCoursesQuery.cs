using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ListCourses;

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
internal static class ListCoursesQuery
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

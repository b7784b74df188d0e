using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ScheduleSession;

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

/// <summary><c>scheduleSession</c>: the programme team and training:write clients put a session in the calendar.</summary>
internal static class ScheduleSessionMutation
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
    }
}

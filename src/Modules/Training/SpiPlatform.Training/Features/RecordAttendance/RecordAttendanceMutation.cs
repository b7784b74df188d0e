using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.RecordAttendance;

internal sealed class RecordAttendanceInputGraphType : InputObjectGraphType
{
    public RecordAttendanceInputGraphType()
    {
        Name = "RecordAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("enrolmentId");
        Field<NonNullGraphType<BooleanGraphType>>("attended");
        Field<NonNullGraphType<BooleanGraphType>>("completed").Description("Once recorded, a completion cannot be withdrawn.");
    }
}

/// <summary><c>recordAttendance</c>: the same handler as a row of the attendance sheet.</summary>
internal static class RecordAttendanceMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<AttendanceRecordGraphType, RecordAttendanceInputGraphType, AttendanceRecord>("recordAttendance",
            "Record that a person with a place attended and/or completed a session that has started (its trainer, the programme team or training:write); a completion meets the open needs of their organisation for the course.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RecordAttendanceHandler>().HandleAsync(
                    new RecordAttendanceInput(i.IdOf("enrolmentId"), (bool)i["attended"]!, (bool)i["completed"]!), c.User!, c.CancellationToken);
            });
}

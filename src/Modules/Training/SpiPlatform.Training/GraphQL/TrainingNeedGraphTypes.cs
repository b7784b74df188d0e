using GraphQL.Types;
using GraphQL.Types.Relay;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.RecordAttendance;

namespace SpiPlatform.Training.GraphQL;

internal sealed class TrainingNeedStatusGraphType : EnumerationGraphType<TrainingNeedStatus>
{
    public TrainingNeedStatusGraphType() => Description = "Identified, planned onto a session, met by a completion, or cancelled.";
}

internal sealed class TrainingNeedGraphType : ObjectGraphType<TrainingNeed>
{
    public TrainingNeedGraphType()
    {
        Name = "TrainingNeed";
        Description = "What a partner organisation of an agreement needs trained in.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("agreementId").Resolve(c => c.Source.AgreementId);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field<NonNullGraphType<CourseGraphType>>("course").Resolve(c => c.Source.Course);
        Field<NonNullGraphType<TrainingNeedStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<IdGraphType>("sessionId").Description("The session it is planned onto.").Resolve(c => c.Source.SessionId);
        Field<NonNullGraphType<BooleanGraphType>>("raisedAutomatically").Description("Raised when the agreement went live.")
            .Resolve(c => c.Source.RaisedByEventId is not null);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("raisedAt").Resolve(c => c.Source.RaisedAt);
        Field<DateTimeOffsetGraphType>("metAt").Resolve(c => c.Source.MetAt);
        Field<StringGraphType>("cancelReason").Resolve(c => c.Source.CancelReason);
    }
}

internal sealed class TrainingNeedConnectionGraphType : ConnectionType<TrainingNeedGraphType, EdgeType<TrainingNeedGraphType>>
{
    public TrainingNeedConnectionGraphType() => Name = "TrainingNeedConnection";
}

internal sealed class AttendanceRecordGraphType : ObjectGraphType<AttendanceRecord>
{
    public AttendanceRecordGraphType()
    {
        Name = "AttendanceRecord";
        Description = "A place on a session as the trainer recorded it: attended, completed, and the training needs the completion met.";
        Field<NonNullGraphType<EnrolmentGraphType>>("enrolment").Resolve(c => c.Source.Enrolment);
        Field<NonNullGraphType<BooleanGraphType>>("attended").Resolve(c => c.Source.Enrolment.Attended);
        Field<NonNullGraphType<BooleanGraphType>>("completed").Resolve(c => c.Source.Completion is not null);
        Field<DateOnlyGraphType>("completedOn").Description("The Welsh date of the session.").Resolve(c => c.Source.Completion?.CompletedOn);
        Field<DateOnlyGraphType>("expiresOn").Description("When a refresher is due; null when the course does not lapse.").Resolve(c => c.Source.Completion?.ExpiresOn);
        Field<IdGraphType>("organisationId").Resolve(c => c.Source.Completion?.OrganisationId ?? c.Source.Enrolment.OrganisationId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingNeedGraphType>>>>("needsMet").Resolve(c => c.Source.NeedsMet);
    }
}

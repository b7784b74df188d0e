using GraphQL.Types;
using GraphQL.Types.Relay;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.GraphQL;

internal sealed class CourseKindGraphType : EnumerationGraphType<CourseKind>
{
    public CourseKindGraphType() => Description = "The kind of course.";
}

internal sealed class TrainingAudienceGraphType : EnumerationGraphType<TrainingAudience>
{
    public TrainingAudienceGraphType() => Description = "Who a course is for.";
}

internal sealed class EnrolmentStatusGraphType : EnumerationGraphType<EnrolmentStatus>
{
    public EnrolmentStatusGraphType() => Description = "Whether a person holds a place, waits for one, or cancelled.";
}

internal sealed class TrainingAreaGraphType : EnumerationGraphType<ServiceArea>
{
    public TrainingAreaGraphType()
    {
        Name = "TrainingArea";
        Description = "The Welsh principal area a session's venue is in.";
    }
}

internal sealed class CourseGraphType : ObjectGraphType<Course>
{
    public CourseGraphType()
    {
        Name = "Course";
        Description = "A course in the bilingual training catalogue.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<CourseKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("titleEn").Resolve(c => c.Source.TitleEn);
        Field<NonNullGraphType<StringGraphType>>("titleCy").Resolve(c => c.Source.TitleCy);
        Field<NonNullGraphType<StringGraphType>>("descriptionEn").Resolve(c => c.Source.DescriptionEn);
        Field<NonNullGraphType<StringGraphType>>("descriptionCy").Resolve(c => c.Source.DescriptionCy);
        Field<NonNullGraphType<IntGraphType>>("durationMinutes").Resolve(c => c.Source.DurationMinutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingAudienceGraphType>>>>("audiences").Resolve(c => c.Source.Audiences);
        Field<IntGraphType>("currentForMonths").Description("How long a completion stays current; null when it does not lapse.").Resolve(c => c.Source.CurrentForMonths);
    }
}

internal sealed class TrainingSessionGraphType : ObjectGraphType<TrainingSession>
{
    public TrainingSessionGraphType()
    {
        Name = "TrainingSession";
        Description = "A session of a course. Times are instants (UTC offset); the pages show them in Welsh local time.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<CourseGraphType>>("course").Resolve(c => c.Source.Course);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Resolve(c => c.Source.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Resolve(c => c.Source.EndsAt);
        Field<NonNullGraphType<StringGraphType>>("startsAtWales").Description("The start in Welsh local time, ISO 8601 with its offset.")
            .Resolve(c => TimeZoneInfo.ConvertTime(c.Source.StartsAt, WalesClock.TimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
        Field<NonNullGraphType<BooleanGraphType>>("isOnline").Resolve(c => c.Source.IsOnline);
        Field<StringGraphType>("venue").Resolve(c => c.Source.Venue);
        Field<TrainingAreaGraphType>("area").Resolve(c => c.Source.Area);
        Field<NonNullGraphType<IntGraphType>>("capacity").Resolve(c => c.Source.Capacity);
        Field<NonNullGraphType<IntGraphType>>("enrolled").Resolve(c => c.Source.EnrolledCount);
        Field<NonNullGraphType<IntGraphType>>("waiting").Resolve(c => c.Source.WaitingCount);
        Field<NonNullGraphType<IntGraphType>>("placesLeft").Resolve(c => c.Source.PlacesLeft);
        Field<NonNullGraphType<StringGraphType>>("trainerEmail").Resolve(c => c.Source.TrainerEmail);
    }
}

internal sealed class TrainingSessionConnectionGraphType : ConnectionType<TrainingSessionGraphType, EdgeType<TrainingSessionGraphType>>
{
    public TrainingSessionConnectionGraphType() => Name = "TrainingSessionConnection";
}

internal sealed class EnrolmentGraphType : ObjectGraphType<Enrolment>
{
    public EnrolmentGraphType()
    {
        Name = "Enrolment";
        Description = "A person's place, or waiting-list position, on a session.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("sessionId").Resolve(c => c.Source.SessionId);
        Field<NonNullGraphType<StringGraphType>>("email").Resolve(c => c.Source.Email);
        Field<NonNullGraphType<StringGraphType>>("displayName").Resolve(c => c.Source.DisplayName);
        Field<NonNullGraphType<EnrolmentStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
    }
}

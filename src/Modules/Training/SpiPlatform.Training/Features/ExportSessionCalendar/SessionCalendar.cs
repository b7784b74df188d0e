using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Localization;

namespace SpiPlatform.Training.Features.ExportSessionCalendar;

/// <summary>
/// A session as an iCalendar event in Europe/London local time with its VTIMEZONE, so a calendar shows the Welsh
/// time whether the session falls in BST or GMT. The UID is the session's id, so importing again updates the event.
/// </summary>
internal static class SessionCalendar
{
    public const string TimeZoneId = "Europe/London";

    public static string Write(TrainingSession session, IStringLocalizer<TrainingResource> l)
    {
        var calendar = new Calendar { ProductId = "-//SPI Platform//Training//EN" };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZoneId, session.StartsAt.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        var course = session.Course!;
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"training-session-{session.Id}@spi.wales",
            Summary = Bilingual.Pick(course.TitleEn, course.TitleCy),
            Description = Bilingual.Pick(course.DescriptionEn, course.DescriptionCy),
            Location = session.IsOnline ? l["Online"] : session.Area is { } area ? $"{session.Venue}, {ServiceAreaNames.Of(area)}" : session.Venue,
            DtStart = Local(session.StartsAt),
            DtEnd = Local(session.EndsAt),
            DtStamp = new CalDateTime(session.CreatedAt.UtcDateTime, "UTC"),
        });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalDateTime Local(DateTimeOffset at)
        => new(DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone).DateTime, DateTimeKind.Unspecified), TimeZoneId);
}

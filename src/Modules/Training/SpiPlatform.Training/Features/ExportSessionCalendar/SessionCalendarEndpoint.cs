using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Localization;

namespace SpiPlatform.Training.Features.ExportSessionCalendar;

/// <summary><c>GET /training/sessions/{id}.ics</c>: the session for the reader's calendar, titled in the reader's language.</summary>
internal static class SessionCalendarEndpoint
{
    public static string PathOf(Guid id) => $"/training/sessions/{id}.ics";

    public static void Map(IEndpointRouteBuilder app)
        => app.MapGet("/training/sessions/{id:guid}.ics", async (Guid id, CourseCatalogue catalogue, IStringLocalizer<TrainingResource> l, CancellationToken ct) =>
            await catalogue.SessionAsync(id, ct) is { } session
                ? Results.File(Encoding.UTF8.GetBytes(SessionCalendar.Write(session, l)), "text/calendar; charset=utf-8", $"training-session-{id}.ics")
                : Results.NotFound())
            .AllowAnonymous();
}

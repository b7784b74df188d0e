using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Localization;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>How the pages word a session and a course, in the reader's language and Welsh local time.</summary>
internal static class TrainingText
{
    public static string When(this TrainingSession s)
    {
        var start = TimeZoneInfo.ConvertTime(s.StartsAt, WalesClock.TimeZone);
        var end = TimeZoneInfo.ConvertTime(s.EndsAt, WalesClock.TimeZone);
        var culture = CultureInfo.CurrentCulture;
        return start.Date == end.Date
            ? $"{start.ToString("dddd d MMMM yyyy, HH:mm", culture)}–{end.ToString("HH:mm", culture)}"
            : $"{start.ToString("d MMMM yyyy, HH:mm", culture)} – {end.ToString("d MMMM yyyy, HH:mm", culture)}";
    }

    public static string Where(this TrainingSession s, IStringLocalizer<TrainingResource> l)
        => s.IsOnline ? l["Online"] : s.Area is { } area ? $"{s.Venue} ({ServiceAreaNames.Of(area)})" : s.Venue ?? "";

    public static string Kind(this IStringLocalizer<TrainingResource> l, CourseKind kind) => kind switch
    {
        CourseKind.WaspiBriefing => l["WASPI briefing"],
        CourseKind.IspFacilitatorCourse => l["ISP facilitator course"],
        CourseKind.QaReviewerCourse => l["QA reviewer course"],
        CourseKind.StudyDay => l["Study day"],
        _ => l["E-learning"],
    };

    public static string Audience(this IStringLocalizer<TrainingResource> l, TrainingAudience audience) => audience switch
    {
        TrainingAudience.Practitioner => l["Practitioners"],
        TrainingAudience.Facilitator => l["Facilitators"],
        TrainingAudience.Coordinator => l["Coordinators"],
        TrainingAudience.InformationGovernanceOfficer => l["Information governance officers"],
        _ => l["Signatories"],
    };

    public static string NeedStatus(this IStringLocalizer<TrainingResource> l, TrainingNeedStatus status) => status switch
    {
        TrainingNeedStatus.Identified => l["Identified"],
        TrainingNeedStatus.Planned => l["Planned"],
        TrainingNeedStatus.Met => l["Met"],
        _ => l["Cancelled"],
    };

    public static string WelshDate(this DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Duration(this IStringLocalizer<TrainingResource> l, int minutes)
        => minutes % 60 == 0 ? l["{0} hours", minutes / 60] : l["{0} minutes", minutes];
}

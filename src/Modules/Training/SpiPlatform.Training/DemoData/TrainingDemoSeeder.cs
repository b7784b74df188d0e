using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.DemoData;

/// <summary>
/// The catalogue the source document and its case studies mention: the WASPI briefings and study days partners
/// supported, the course that trained about 300 ISP facilitators, and the QA reviewer course and e-learning.
/// Idempotent: a course already there (by its stable id) is left alone.
/// </summary>
internal sealed class TrainingDemoSeeder(TrainingDbContext db) : IDemoDataSeeder
{
    public static Guid CourseId(CourseKind kind) => StableId.For("training-course", kind.ToString());

    public static IReadOnlyList<Course> Courses() =>
    [
        new()
        {
            Id = CourseId(CourseKind.WaspiBriefing), Kind = CourseKind.WaspiBriefing,
            TitleEn = "WASPI briefing", TitleCy = "Sesiwn friffio WASPI",
            DescriptionEn = "What the Wales Accord on the Sharing of Personal Information asks of practitioners, and how an Information Sharing Protocol is used day to day.",
            DescriptionCy = "Beth mae Cytundeb Cymru ar Rannu Gwybodaeth Bersonol yn ei ofyn gan ymarferwyr, a sut y defnyddir Protocol Rhannu Gwybodaeth o ddydd i ddydd.",
            DurationMinutes = 120, Audiences = [TrainingAudience.Practitioner, TrainingAudience.Coordinator], CurrentForMonths = 36,
        },
        new()
        {
            Id = CourseId(CourseKind.IspFacilitatorCourse), Kind = CourseKind.IspFacilitatorCourse,
            TitleEn = "ISP facilitator course", TitleCy = "Cwrs hwyluswyr ISP",
            DescriptionEn = "Carrying a partnership through the development of its Information Sharing Protocol, from the first meeting to quality assurance.",
            DescriptionCy = "Arwain partneriaeth drwy ddatblygu ei Phrotocol Rhannu Gwybodaeth, o'r cyfarfod cyntaf hyd at sicrhau ansawdd.",
            DurationMinutes = 360, Audiences = [TrainingAudience.Facilitator, TrainingAudience.InformationGovernanceOfficer], CurrentForMonths = 36,
        },
        new()
        {
            Id = CourseId(CourseKind.QaReviewerCourse), Kind = CourseKind.QaReviewerCourse,
            TitleEn = "QA reviewer course", TitleCy = "Cwrs adolygwyr sicrhau ansawdd",
            DescriptionEn = "Reviewing a submitted Information Sharing Protocol against the WASPI checklist and returning it with clear comments.",
            DescriptionCy = "Adolygu Protocol Rhannu Gwybodaeth a gyflwynwyd yn erbyn rhestr wirio WASPI a'i ddychwelyd gyda sylwadau clir.",
            DurationMinutes = 240, Audiences = [TrainingAudience.InformationGovernanceOfficer], CurrentForMonths = 24,
        },
        new()
        {
            Id = CourseId(CourseKind.StudyDay), Kind = CourseKind.StudyDay,
            TitleEn = "Information sharing study day", TitleCy = "Diwrnod astudio rhannu gwybodaeth",
            DescriptionEn = "A day of case studies on sharing personal information safely between health, social care, police and the third sector.",
            DescriptionCy = "Diwrnod o astudiaethau achos ar rannu gwybodaeth bersonol yn ddiogel rhwng iechyd, gofal cymdeithasol, yr heddlu a'r trydydd sector.",
            DurationMinutes = 420, Audiences = [TrainingAudience.Practitioner, TrainingAudience.Coordinator, TrainingAudience.Signatory], CurrentForMonths = null,
        },
        new()
        {
            Id = CourseId(CourseKind.ELearning), Kind = CourseKind.ELearning,
            TitleEn = "Sharing personal information: e-learning", TitleCy = "Rhannu gwybodaeth bersonol: e-ddysgu",
            DescriptionEn = "A short online module on the Accord's principles, to take at your own pace.",
            DescriptionCy = "Modiwl byr ar-lein ar egwyddorion y Cytundeb, i'w ddilyn ar eich cyflymder eich hun.",
            DurationMinutes = 45, Audiences = [TrainingAudience.Practitioner, TrainingAudience.Signatory], CurrentForMonths = 12,
        },
    ];

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = await db.Courses.Select(c => c.Id).ToListAsync(ct);
        db.Courses.AddRange(Courses().Where(c => !existing.Contains(c.Id)));
        await db.SaveChangesAsync(ct);
    }
}

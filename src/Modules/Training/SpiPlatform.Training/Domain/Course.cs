using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Domain;

/// <summary>A course in the bilingual catalogue.</summary>
internal sealed class Course
{
    public Guid Id { get; set; }
    public CourseKind Kind { get; set; }
    public required string TitleEn { get; set; }
    public required string TitleCy { get; set; }
    public required string DescriptionEn { get; set; }
    public required string DescriptionCy { get; set; }
    public int DurationMinutes { get; set; }
    public List<TrainingAudience> Audiences { get; set; } = [];
    /// <summary>How many months a completion stays current before a refresher is due; null when it does not lapse.</summary>
    public int? CurrentForMonths { get; set; }

    public string Title => Bilingual.Pick(TitleEn, TitleCy);
    public string Description => Bilingual.Pick(DescriptionEn, DescriptionCy);
}

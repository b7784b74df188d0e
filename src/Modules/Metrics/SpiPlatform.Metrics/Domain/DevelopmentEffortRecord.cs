namespace SpiPlatform.Metrics.Domain;

/// <summary>
/// The evaluation's record of the effort an agreement's development took, as a source (a case study, a survey)
/// states it. What the source does not give stays null rather than being estimated.
/// </summary>
internal sealed class DevelopmentEffortRecord
{
    public const int SourceMaxLength = 1000;

    public Guid AgreementId { get; init; }
    /// <summary>How many practitioners took part; null when the source does not say.</summary>
    public int? Practitioners { get; set; }
    /// <summary>Hours each practitioner gave; null when the source gives none.</summary>
    public decimal? HoursPerPractitioner { get; set; }
    /// <summary>The development period's length in months, as a range ("eight to nine months" is 8 to 9).</summary>
    public int? PeriodMonthsLow { get; set; }
    public int? PeriodMonthsHigh { get; set; }
    /// <summary>The first day of the month the effort was counted up to (the figures place it in that month).</summary>
    public DateOnly PeriodEnded { get; set; }
    /// <summary>Where the figure comes from, e.g. the case study and its words.</summary>
    public string Source { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Practitioner hours in all, when both the count and the hours each are known.</summary>
    public decimal? TotalHours => Practitioners is { } n && HoursPerPractitioner is { } h ? n * h : null;
}

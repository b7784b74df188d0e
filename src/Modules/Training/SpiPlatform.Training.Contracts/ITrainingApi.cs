namespace SpiPlatform.Training.Contracts;

/// <summary>The training figures other modules (Metrics first) read.</summary>
public interface ITrainingApi
{
    /// <summary>How many training needs are in each status (every status present, zero when none).</summary>
    Task<IReadOnlyDictionary<TrainingNeedStatus, int>> NeedsByStatusAsync(CancellationToken ct);

    /// <summary>Of the partner organisations of live agreements with training needs, how many have a need met.</summary>
    Task<TrainingCoverage> LiveAgreementCoverageAsync(CancellationToken ct);

    /// <summary>How many completions each course has, every course listed.</summary>
    Task<IReadOnlyList<CourseCompletions>> CompletionsByCourseAsync(CancellationToken ct);
}

/// <summary>Coverage of live agreements: partner organisations (counted once per agreement) and those with a need met.</summary>
/// <param name="LiveAgreements">Live agreements that have training needs.</param>
/// <param name="PartnerOrganisations">Their partner organisations, one per agreement and partner.</param>
/// <param name="WithNeedMet">Of those, how many have a need met.</param>
public sealed record TrainingCoverage(int LiveAgreements, int PartnerOrganisations, int WithNeedMet)
{
    /// <summary>The share with a need met, 0 to 1 (0 when there are none).</summary>
    public decimal Share => PartnerOrganisations == 0 ? 0 : Math.Round((decimal)WithNeedMet / PartnerOrganisations, 4);
}

/// <summary>Completions of one course.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="TitleEn">Its English title.</param>
/// <param name="Completions">How many completions it has.</param>
public sealed record CourseCompletions(Guid CourseId, CourseKind Kind, string TitleEn, int Completions);

using SpiPlatform.Signatories.Contracts;

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

    /// <summary>
    /// Facilitators on the register per area they cover, most first: an entry covering several areas counts in each, and
    /// entries for all of Wales count under <see cref="ServiceArea.AllWales"/>.
    /// </summary>
    Task<IReadOnlyList<AreaFacilitators>> FacilitatorsByAreaAsync(CancellationToken ct);
}

/// <summary>Facilitators covering one area.</summary>
/// <param name="Area">The area.</param>
/// <param name="Facilitators">Entries on the register covering it.</param>
/// <param name="Available">Of those, how many are available now (not limited, not unavailable).</param>
public sealed record AreaFacilitators(ServiceArea Area, int Facilitators, int Available);

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

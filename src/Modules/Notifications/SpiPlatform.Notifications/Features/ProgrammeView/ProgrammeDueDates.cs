using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Notifications.Features.ProgrammeView;

/// <summary>What the programme view shows: the area and service area to keep (null for all) and how far ahead to look.</summary>
internal sealed record ProgrammeFilter(ServiceArea? Area, AgreementServiceArea? ServiceArea, int WithinDays)
{
    public const int DefaultWithinDays = 90;

    /// <summary>The longest look-ahead offered: a year.</summary>
    public const int MaxWithinDays = 365;
}

/// <summary>An agreement review coming up or overdue, with its coordinator's names.</summary>
internal sealed record ReviewDue(AgreementReviewDate Agreement, string CoordinatorEn, string? CoordinatorCy, int DaysFromToday);

/// <summary>An Accord renewal coming up (an overdue one lapses from the register the night after).</summary>
internal sealed record RenewalDue(AccordRenewalDate Signature, int DaysFromToday);

/// <summary>Reviews and renewals across Wales, overdue first, then by date.</summary>
internal sealed record ProgrammeDueList(DateOnly Today, ProgrammeFilter Filter, IReadOnlyList<ReviewDue> Reviews, IReadOnlyList<RenewalDue> Renewals);

/// <summary>
/// Upcoming and overdue agreement reviews and Accord renewals, for the programme team's view and its CSV: every overdue
/// review however old, and everything due within the filter's days.
/// </summary>
internal sealed class ProgrammeDueDates(IProtocolsApi protocols, ISignatoriesApi register, TimeProvider clock)
{
    // Reviews overdue for longer than this are still listed: the window only bounds the query.
    private const int OverdueYears = 50;

    public async Task<ProgrammeDueList> ListAsync(ProgrammeFilter filter, CancellationToken ct)
    {
        var today = clock.TodayInWales();
        var until = today.AddDays(filter.WithinDays);
        var area = filter.Area?.ToString();
        var agreements = (await protocols.ListReviewDatesAsync(today.AddYears(-OverdueYears), until, ct))
            .Where(a => filter.ServiceArea is null || a.ServiceArea == filter.ServiceArea)
            .Where(a => area is null || a.Regions.Contains(area))
            .ToList();
        var coordinators = await register.FindAsync([.. agreements.Select(a => a.CoordinatorId).Distinct()], ct);
        var reviews = agreements
            .Select(a => coordinators.TryGetValue(a.CoordinatorId, out var c)
                ? new ReviewDue(a, c.NameEn, c.NameCy, a.ReviewDue.DayNumber - today.DayNumber)
                : new ReviewDue(a, "", null, a.ReviewDue.DayNumber - today.DayNumber))
            .ToList();
        // Renewals belong to organisations, which have no service area, so that filter applies to reviews only (the page says so).
        var renewals = (await register.ListRenewalDatesAsync(today.AddYears(-OverdueYears), until, ct))
            .Where(s => filter.Area is null || s.Areas.Contains(filter.Area.Value))
            .Select(s => new RenewalDue(s, s.RenewalDue.DayNumber - today.DayNumber))
            .ToList();
        return new ProgrammeDueList(today, filter, reviews, renewals);
    }
}

using SpiPlatform.Metrics.Domain;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>Review figures for a period.</summary>
/// <param name="Overdue">Agreements live or under review at the month's end whose review date in force then had passed.</param>
/// <param name="Due">Reviews that fell due in the month (each review date an agreement carried while live or under review).</param>
/// <param name="ReviewedOnTime">Of those, how many were reviewed (a new review date set) on or before the date.</param>
/// <param name="ShareReviewedOnTime">Reviewed on time over the reviews due in the month whose date has passed (0 to 1).</param>
internal sealed record ReviewSeries(
    FigureQuery Query, IReadOnlyList<FigurePoint> Overdue, IReadOnlyList<FigurePoint> Due, IReadOnlyList<FigurePoint> ReviewedOnTime,
    IReadOnlyList<MeasurePoint> ShareReviewedOnTime);

/// <summary>One review an agreement owed: its date, and when a new review date replaced it (null if not yet).</summary>
internal sealed record ReviewOwed(AgreementRow Agreement, DateOnly DueOn, DateOnly? ReviewedOn);

/// <summary>Computes review figures from the review date each version of an agreement carried.</summary>
internal sealed class ReviewFigures(AgreementSelection selection, TimeProvider clock)
{
    public async Task<ReviewSeries> ComputeAsync(FigureQuery q, CancellationToken ct)
    {
        var agreements = await selection.LoadAsync(q, ct);
        var dims = AgreementSelection.ValuesOf(agreements, q);
        var today = SharedKernel.WalesClock.TodayInWales(clock);
        var owed = agreements.Values.SelectMany(ReviewsOf).ToList();
        IEnumerable<string> Of(ReviewOwed r) => AgreementSelection.DimensionsOf(r.Agreement, q);
        var settled = owed.Where(r => r.ReviewedOn is not null || r.DueOn < today).ToList();
        var overdue = q.Months()
            .SelectMany(month => agreements.Values
                .Where(a => AgreementFigures.StatusAt(a, month.Last) is AgreementStatus.Live or AgreementStatus.UnderReview
                    && DueAt(a, month.Last) is { } due && due < month.Last)
                .Select(a => (Agreement: a, Month: month)))
            .ToList();
        return new ReviewSeries(q, Measures.Counts(q, overdue, o => o.Month, o => AgreementSelection.DimensionsOf(o.Agreement, q), dimensionValues: dims),
            Measures.Counts(q, owed, r => Month.Of(r.DueOn), Of, dimensionValues: dims),
            Measures.Counts(q, owed.Where(r => r.ReviewedOn <= r.DueOn).ToList(), r => Month.Of(r.DueOn), Of, dimensionValues: dims),
            Measures.Series(q, settled, r => Month.Of(r.DueOn), Of, r => r.ReviewedOn <= r.DueOn ? 1 : 0, v => v.Count == 0 ? null : Math.Round(v.Average(), 4), dimensionValues: dims));
    }

    /// <summary>The review date in force at the end of the day: that of the latest version by then, else the current one.</summary>
    public static DateOnly? DueAt(AgreementRow a, DateOnly day)
        => a.History.Where(h => h.On <= day && h.ReviewDue is not null).OrderBy(h => h.On).ThenBy(h => h.Position).LastOrDefault()?.ReviewDue ?? a.ReviewDue;

    // Each distinct review date carried by a version that was live or under review, and the date the next one was set.
    private static IEnumerable<ReviewOwed> ReviewsOf(AgreementRow a)
    {
        var carried = a.History.Where(h => h.ReviewDue is not null).OrderBy(h => h.Position).ToList();
        for (var i = 0; i < carried.Count; i++)
        {
            var due = carried[i].ReviewDue!.Value;
            if (carried[i].Status is not (AgreementStatus.Live or AgreementStatus.UnderReview) || (i > 0 && carried[i - 1].ReviewDue == due && Owed(carried[i - 1])))
            {
                continue;
            }
            var next = carried.Skip(i + 1).FirstOrDefault(h => h.ReviewDue != due);
            yield return new ReviewOwed(a, due, next?.On);
        }
    }

    private static bool Owed(AgreementStatusRow h) => h.Status is AgreementStatus.Live or AgreementStatus.UnderReview;
}

using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.QualityAssurance.Tests.Unit;

/// <summary>Turnaround in Welsh working days, each expected value counted by hand on a calendar.</summary>
public sealed class TurnaroundTests
{
    [Theory]
    // Thu 2 Apr 2026 → Tue 14 Apr: Good Friday (3rd) and Easter Monday (6th) skipped; 7-10 and 13-14 count.
    [InlineData("2026-04-02", "2026-04-14", 6)]
    // Wed 23 Dec 2026 → Mon 4 Jan 2027: Christmas (Fri 25th), Boxing Day moved to Mon 28th, New Year (Fri 1st) skipped.
    [InlineData("2026-12-23", "2027-01-04", 5)]
    // Fri 1 Jun 2012 → Fri 8 Jun: the spring bank holiday moved to Mon 4th and the Diamond Jubilee on Tue 5th.
    [InlineData("2012-06-01", "2012-06-08", 3)]
    // Fri 16 Sep 2022 → Tue 20th: the state funeral on Mon 19th.
    [InlineData("2022-09-16", "2022-09-20", 1)]
    // Friday to the next Monday is one working day; the same day none.
    [InlineData("2026-11-27", "2026-11-30", 1)]
    [InlineData("2026-11-27", "2026-11-27", 0)]
    public void Working_days_skip_weekends_and_the_bank_holidays_of_England_and_Wales(string from, string to, int expected)
        => Assert.Equal(expected, WorkingDays.Between(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void A_round_decided_across_Christmas_is_measured_in_working_days_and_meets_a_twenty_day_target()
    {
        var round = Round(submitted: "2026-12-23T16:30:00+00:00", decided: "2027-01-04T09:00:00+00:00");

        var turnaround = QaTurnaround.Of(round, today: new DateOnly(2027, 2, 1), target: 20, dueSoonWithin: 5);

        Assert.Equal(5, turnaround.WorkingDays);
        Assert.Equal(SlaState.Met, turnaround.State);
        // 24, 29, 30, 31 Dec; 4-8, 11-15, 18-22 Jan; then Mon 25 Jan is the twentieth working day.
        Assert.Equal(new DateOnly(2027, 1, 25), turnaround.DueOn);
    }

    [Fact]
    public void The_date_is_taken_in_Welsh_time_so_a_submission_at_half_past_midnight_BST_counts_from_that_day()
    {
        // 23:30 UTC on Thu 2 Apr 2026 is 00:30 on Fri 3 Apr (Good Friday) in Wales.
        var round = Round(submitted: "2026-04-02T23:30:00+00:00", decided: "2026-04-07T10:00:00+00:00");

        Assert.Equal(1, QaTurnaround.Of(round, new DateOnly(2026, 5, 1), 20, 5).WorkingDays);
    }

    [Theory]
    [InlineData("2026-12-10", "OnTrack", 12)]
    [InlineData("2026-12-15", "DueSoon", 15)]
    [InlineData("2026-12-22", "DueSoon", 20)]
    [InlineData("2026-12-23", "Overdue", 21)]
    public void An_open_round_is_on_track_then_due_soon_within_five_working_days_then_overdue(string today, string expected, int elapsed)
    {
        var round = Round(submitted: "2026-11-24T10:00:00+00:00", decided: null);
        // Submitted Tue 24 Nov 2026: 25 Nov to 22 Dec is twenty working days, so it is due Tue 22 Dec.
        var turnaround = QaTurnaround.Of(round, DateOnly.Parse(today), 20, 5);

        Assert.Equal(new DateOnly(2026, 12, 22), turnaround.DueOn);
        Assert.Equal(Enum.Parse<SlaState>(expected), turnaround.State);
        Assert.Equal(elapsed, turnaround.WorkingDays);
    }

    [Fact]
    public void A_round_decided_after_the_target_missed_it()
    {
        var round = Round(submitted: "2026-11-24T10:00:00+00:00", decided: "2026-12-23T10:00:00+00:00");

        var turnaround = QaTurnaround.Of(round, new DateOnly(2027, 1, 1), 20, 5);

        Assert.Equal((21, SlaState.Missed), (turnaround.WorkingDays, turnaround.State));
    }

    private static QaRound Round(string submitted, string? decided) => new()
    {
        Id = Guid.NewGuid(),
        Number = 1,
        AgreementVersion = 1,
        SubmittedAt = DateTimeOffset.Parse(submitted),
        DecidedAt = decided is null ? null : DateTimeOffset.Parse(decided),
    };
}

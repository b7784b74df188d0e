using Npgsql;
using SpiPlatform.Metrics.Features.ReadModel;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>QA figures over the demo history and over a scripted history, against working days counted by hand.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class QualityAssuranceFiguresTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Powys_first_round_took_23_working_days_over_the_target_as_QA_says()
    {
        var figures = (await MetricsApi.FigureAsync(_evaluator, "qualityAssurance", "from: \"2012-03\", to: \"2012-04\", serviceArea: \"ADULT_SAFEGUARDING\"")).Figures("qualityAssurance");

        // Mon 19 Mar to Mon 23 Apr 2012: 25 weekdays less Good Friday and Easter Monday = 23, over the 20-day target.
        Assert.Equal((23.0, 1), figures.Measures("turnaroundMedian")[("2012-04", "TOTAL")]);
        Assert.Equal((23.0, 1), figures.Measures("turnaroundP90")[("2012-04", "TOTAL")]);
        Assert.Equal(1, figures.Series("slaBreaches")[("2012-04", "TOTAL")]);
        Assert.Equal(1, figures.Series("submissions")[("2012-03", "TOTAL")]);
        Assert.Equal((null, 0), figures.Measures("turnaroundMedian")[("2012-03", "TOTAL")]);
        Assert.Equal([("ISP-2012-0002", 1)], figures.GetProperty("roundsPerAgreement").EnumerateArray().Select(r => (r.GetProperty("reference").GetString(), r.GetProperty("value").GetInt32())));
    }

    [Fact]
    public async Task Sign_off_durations_of_the_live_case_studies_are_their_working_days_from_approval_to_go_live()
    {
        var figures = (await MetricsApi.FigureAsync(_evaluator, "qualityAssurance", "from: \"2011-06\", to: \"2011-09\"")).Figures("qualityAssurance");

        // Flying Start: approved Mon 23 May, live Mon 27 Jun 2011 (Spring bank holiday 30 May) = 24; Gwent Frailty:
        // Mon 6 Jun to Mon 20 Jun = 10; June's median is their mean, 17. Hafan Lles: Thu 14 Jul to Mon 5 Sep 2011,
        // less the summer bank holiday (29 Aug) = 36.
        Assert.Equal((17.0, 2), figures.Measures("signOffDuration")[("2011-06", "TOTAL")]);
        Assert.Equal((36.0, 1), figures.Measures("signOffDuration")[("2011-09", "TOTAL")]);
        Assert.Equal((36.0, 1), figures.Measures("timeInState")[("2011-09", "AWAITING_SIGN_OFF")]);
        // Hafan Lles: submitted Mon 9 May, decided Thu 14 Jul 2011 (Spring bank holiday 30 May) = 47 working days, over target.
        Assert.Equal((47.0, 1), figures.Measures("turnaroundMedian")[("2011-07", "TOTAL")]);
        Assert.Equal(1, figures.Series("slaBreaches")[("2011-07", "TOTAL")]);
    }

    [Fact]
    public async Task Median_and_90th_percentile_of_a_scripted_history_across_May_2026s_bank_holidays_are_the_hand_counted_working_days()
    {
        await using (var connection = new NpgsqlConnection(fixture.Factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            // Powys is resubmitted twice: Thu 30 Apr → Thu 7 May (Early May bank holiday Mon 4th) = 4 working days;
            // Fri 8 May → Fri 29 May (Spring bank holiday Mon 25th) = 14. North Caerphilly's open round is taken from
            // Mon 20 Apr to Wed 27 May 2026 = 25 (both holidays out), over the 20-day target.
            await using var script = new NpgsqlCommand("""
                INSERT INTO qa.rounds ("Id", "SubmissionId", "Number", "AgreementVersion", "EventId", "SubmittedAt", "ChecklistVersion", "Outcome", "DecidedBy", "DecidedAt", "OutcomeReason")
                SELECT gen_random_uuid(), s."Id", r.n, r.n, gen_random_uuid(), r.submitted, '2011.1', 'Returned', 'staff:test', r.decided, 'Scripted'
                FROM qa.submissions s, (VALUES (2, timestamptz '2026-04-30 10:00Z', timestamptz '2026-05-07 15:00Z'),
                                               (3, timestamptz '2026-05-08 10:00Z', timestamptz '2026-05-29 15:00Z')) AS r(n, submitted, decided)
                WHERE s."Reference" = 'ISP-2012-0002';
                UPDATE qa.rounds r SET "SubmittedAt" = '2026-04-20 10:00Z', "DecidedAt" = '2026-05-27 15:00Z', "Outcome" = 'Returned', "DecidedBy" = 'staff:test'
                FROM qa.submissions s WHERE s."Id" = r."SubmissionId" AND s."Reference" = 'ISP-2012-0003';
                """, connection);
            Assert.Equal(3, await script.ExecuteNonQueryAsync());
        }
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsBackfill>().RunAsync(CancellationToken.None);
        }

        var figures = (await MetricsApi.FigureAsync(_evaluator, "qualityAssurance", "from: \"2026-04\", to: \"2026-05\", dimension: \"SERVICE_AREA\"")).Figures("qualityAssurance");
        var total = (await MetricsApi.FigureAsync(_evaluator, "qualityAssurance", "from: \"2026-05\", to: \"2026-05\"")).Figures("qualityAssurance");

        // {4, 14, 25}: the median is 14; the 90th percentile (nearest rank, the 3rd of 3) is 25; one breach.
        Assert.Equal((14.0, 3), total.Measures("turnaroundMedian")[("2026-05", "TOTAL")]);
        Assert.Equal((25.0, 3), total.Measures("turnaroundP90")[("2026-05", "TOTAL")]);
        Assert.Equal(1, total.Series("slaBreaches")[("2026-05", "TOTAL")]);
        Assert.Equal((9.0, 2), figures.Measures("turnaroundMedian")[("2026-05", "ADULT_SAFEGUARDING")]);
        Assert.Equal((25.0, 1), figures.Measures("turnaroundMedian")[("2026-05", "PUBLIC_PROTECTION")]);
        Assert.Equal(1, figures.Series("submissions")[("2026-04", "ADULT_SAFEGUARDING")]);
        Assert.Equal(1, figures.Series("submissions")[("2026-05", "ADULT_SAFEGUARDING")]);
        Assert.Equal(0, figures.Series("submissions")[("2026-05", "PUBLIC_PROTECTION")]);
        Assert.Contains(figures.GetProperty("roundsPerAgreement").EnumerateArray(), r => r.GetProperty("reference").GetString() == "ISP-2012-0002" && r.GetProperty("value").GetInt32() == 3);
    }
}

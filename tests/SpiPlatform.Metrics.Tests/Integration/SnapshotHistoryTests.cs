using System.Text.Json.Nodes;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.TestKit;
using static SpiPlatform.Metrics.Tests.Integration.SnapshotScenario;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The demo history frozen at start-up, read through <c>metricsSnapshot</c>, and frozen for good.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class SnapshotHistoryTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_back_fill_froze_every_month_from_the_first_record_to_the_last_ended_month()
    {
        var stored = await StoredAsync(fixture);
        var last = MonthlySnapshotJob.LastEndedMonth(fixture.Factory.Services.GetRequiredService<TimeProvider>());

        // The first demo signatures are from 2010 (the Accord's launch year in the source document).
        Assert.Equal(2010, stored[0].Month.Year);
        Assert.Equal(last.First, stored[^1].Month);
        Assert.Equal(stored.Count, stored.Select(s => s.Month).Distinct().Count());
        Assert.Equal(stored[0].Month.AddMonths(stored.Count - 1), stored[^1].Month);
    }

    [Fact]
    public async Task March_2012_frozen_holds_the_active_signatories_of_the_register_and_the_live_figures_of_that_month()
    {
        // By hand: every demo organisation is imported as verified on its signing date, none withdrawn or lapsed.
        var register = await GraphQLClient.PostAsync(_evaluator, "{ organisations(first: 100) { edges { node { sector signedOn } } } }");
        var signedBy = register.Data.GetProperty("organisations").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node")).Where(n => DateOnly.Parse(n.GetProperty("signedOn").GetString()!) <= new DateOnly(2012, 3, 31)).ToList();

        var snapshot = (await SnapshotAsync(_evaluator, "month: \"2012-03\"")).Snapshot();
        var live = (await MetricsApi.AdoptionAsync(_evaluator, "from: \"2012-03\", to: \"2012-03\", dimension: \"SECTOR\"")).Figures("adoption");
        var liveTotal = (await MetricsApi.AdoptionAsync(_evaluator, "from: \"2012-03\", to: \"2012-03\"")).Figures("adoption");

        Assert.Equal("2012-03", snapshot.GetProperty("month").GetString());
        Assert.Equal(signedBy.Count, snapshot.Values("adoption", "active", "TOTAL")["TOTAL"]);
        Assert.Equal(liveTotal.Series("active")[("2012-03", "TOTAL")], snapshot.Values("adoption", "active", "TOTAL")["TOTAL"]);
        Assert.Equal(live.Series("active").ToDictionary(p => p.Key.Dimension, p => (decimal)p.Value), snapshot.Values("adoption", "active", "SECTOR"));
        Assert.Equal(live.Series("new").ToDictionary(p => p.Key.Dimension, p => (decimal)p.Value), snapshot.Values("adoption", "new", "SECTOR"));
        Assert.Equal(signedBy.GroupBy(n => n.GetProperty("sector").GetString()!).ToDictionary(g => g.Key, g => (decimal)g.Count()),
            snapshot.Values("adoption", "active", "SECTOR").Where(v => v.Value > 0).ToDictionary());
    }

    [Fact]
    public async Task September_2011_frozen_holds_the_three_live_agreements_of_that_month()
    {
        var snapshot = (await SnapshotAsync(_evaluator, "month: \"2011-09\", figure: \"agreements\"")).Snapshot();

        // Flying Start (27 June) and Gwent Frailty (20 June) were live; Hafan Lles went live on 5 September 2011.
        Assert.Equal(3, snapshot.Values("agreements", "agreements", "STATUS")["LIVE"]);
        Assert.Equal(1, snapshot.Values("agreements", "statusChanges", "STATUS")["LIVE"]);
        Assert.All(snapshot.GetProperty("values").EnumerateArray(), v => Assert.Equal("agreements", v.GetProperty("figure").GetString()));
    }

    [Fact]
    public async Task A_frozen_month_reads_the_same_after_an_agreement_dated_in_it_arrives()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var args = "month: \"2012-03\", figure: \"agreements\", dimension: \"TOTAL\"";
        var frozen = (await SnapshotAsync(_evaluator, args)).Snapshot();
        var liveBefore = (await MetricsApi.AgreementsAsync(_evaluator, "from: \"2012-03\", to: \"2012-03\"")).Figures("agreements").Series("agreements");

        // A draft whose development started in March 2012, announced to the Metrics module by an event.
        var input = DemoDrafts.TorfaenYouthOffending();
        input["developmentStarted"] = "2012-03-05";
        var created = await GraphQLClient.PostAsync(programme, "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }",
            variables: new { input = JsonNode.Parse(input.ToJsonString()) });
        Assert.False(created.HasErrors, created.Body.ToString());
        var agreementId = Guid.Parse(created.Data.GetProperty("createAgreement").GetProperty("id").GetString()!);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventHandler<AgreementStatusChanged>>()
                .HandleAsync(new AgreementStatusChanged(agreementId, AgreementStatus.Draft, AgreementStatus.Draft), Guid.NewGuid(), CancellationToken.None);
        }
        await FreezeAsync(fixture, TimeProvider.System);

        var liveAfter = (await MetricsApi.AgreementsAsync(_evaluator, "from: \"2012-03\", to: \"2012-03\"")).Figures("agreements").Series("agreements");
        Assert.Equal(liveBefore[("2012-03", "TOTAL")] + 1, liveAfter[("2012-03", "TOTAL")]);
        Assert.Equal(frozen.ToString(), (await SnapshotAsync(_evaluator, args)).Snapshot().ToString());
    }
}

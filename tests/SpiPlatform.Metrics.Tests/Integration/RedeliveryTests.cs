using System.Text.Json;
using Npgsql;
using SpiPlatform.Metrics.Data;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The read model follows the Signatories events, and delivering any of them again changes no figure.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class RedeliveryTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _programme = null!;
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> MutateAsync(string mutation, string type, object input)
    {
        var response = await GraphQLClient.PostAsync(_programme, $"mutation($input: {type}!) {{ {mutation}(input: $input) {{ id version signatures {{ id }} }} }}", variables: new { input });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty(mutation);
    }

    private async Task<string> FiguresAsync()
    {
        var month = $"{fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales():yyyy-MM}";
        var figures = (await MetricsApi.AdoptionAsync(_evaluator, $"from: \"{month}\", to: \"{month}\", dimension: \"SECTOR\"")).Figures("adoption");
        return figures.ToString();
    }

    private async Task<int> ActiveVoluntaryAsync()
    {
        var month = $"{fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales():yyyy-MM}";
        var figures = (await MetricsApi.AdoptionAsync(_evaluator, $"from: \"{month}\", to: \"{month}\", sector: \"VOLUNTARY_SECTOR\"")).Figures("adoption");
        return figures.Series("active")[(month, "TOTAL")] * 100 + figures.Series("verified")[(month, "TOTAL")] * 10 + figures.Series("signed")[(month, "TOTAL")];
    }

    [Fact]
    public async Task A_new_signatory_is_counted_once_however_often_its_events_are_delivered()
    {
        var before = await ActiveVoluntaryAsync();
        var org = await MutateAsync("registerOrganisation", "RegisterOrganisationInput", new
        {
            nameEn = "Gwynedd Carers Network", nameCy = "Rhwydwaith Gofalwyr Gwynedd", sector = "VOLUNTARY_SECTOR", areas = new[] { "GWYNEDD" },
            website = "https://example.org.uk",
        });
        var signed = await MutateAsync("signAccord", "SignAccordInput", new
        {
            organisationId = org.GetProperty("id").GetString(), version = org.GetProperty("version").GetInt32(),
            signedByName = "Eleri Hughes", signedByRole = "Chief Officer", accepted = true,
        });
        await MutateAsync("verifySignature", "SignatureDecisionInput", new { signatureId = signed.GetProperty("signatures")[0].GetProperty("id").GetString() });
        await SettleAsync();

        // One more active voluntary-sector signatory, signed and verified this month.
        Assert.Equal(before + 111, await ActiveVoluntaryAsync());
        var figures = await FiguresAsync();
        var handled = await HandledCountAsync();

        // Every Signatories event delivered again, by the dispatcher (same ids) ...
        await using (var connection = new NpgsqlConnection(fixture.Factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var undo = new NpgsqlCommand($"UPDATE signatories.{SpiPlatform.SharedKernel.Messaging.Outbox.Table} SET \"DispatchedAt\" = NULL", connection);
            Assert.True(await undo.ExecuteNonQueryAsync() >= 2);
        }
        await SettleAsync();
        // ... and straight to the handlers under new ids, as a second copy from another dispatcher would arrive.
        var organisationId = Guid.Parse(org.GetProperty("id").GetString()!);
        var signatureId = Guid.Parse(signed.GetProperty("signatures")[0].GetProperty("id").GetString()!);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventHandler<AccordSigned>>()
                .HandleAsync(new AccordSigned(organisationId, signatureId, "5.0", new DateOnly(2026, 1, 1)), Guid.NewGuid(), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventHandler<AccordSignatureVerified>>()
                .HandleAsync(new AccordSignatureVerified(organisationId, signatureId, new DateOnly(2030, 1, 1)), Guid.NewGuid(), CancellationToken.None);
        }

        Assert.Equal(figures, await FiguresAsync());
        Assert.Equal(before + 111, await ActiveVoluntaryAsync());
        Assert.Equal(handled + 2, await HandledCountAsync());
    }

    [Fact]
    public async Task A_withdrawal_is_counted_in_its_month_and_ends_the_signatory()
    {
        var month = $"{fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales():yyyy-MM}";
        var args = $"from: \"{month}\", to: \"{month}\", area: \"CONWY\", sector: \"VOLUNTARY_SECTOR\"";
        var before = (await MetricsApi.AdoptionAsync(_evaluator, args)).Figures("adoption");
        var org = await MutateAsync("registerOrganisation", "RegisterOrganisationInput", new
        {
            nameEn = "Conwy Carers Network", nameCy = "Rhwydwaith Gofalwyr Conwy", sector = "VOLUNTARY_SECTOR", areas = new[] { "CONWY" },
            website = "https://example.org.uk",
        });
        var signed = await MutateAsync("signAccord", "SignAccordInput", new
        {
            organisationId = org.GetProperty("id").GetString(), version = org.GetProperty("version").GetInt32(),
            signedByName = "Eleri Hughes", signedByRole = "Chief Officer", accepted = true,
        });
        var verified = await MutateAsync("verifySignature", "SignatureDecisionInput", new { signatureId = signed.GetProperty("signatures")[0].GetProperty("id").GetString() });
        await MutateAsync("withdrawFromAccord", "WithdrawFromAccordInput", new
        {
            organisationId = org.GetProperty("id").GetString(), version = verified.GetProperty("version").GetInt32(), reason = "Merged into a regional network",
        });
        await SettleAsync();

        var after = (await MetricsApi.AdoptionAsync(_evaluator, args)).Figures("adoption");
        int Delta(string series) => after.Series(series)[(month, "TOTAL")] - before.Series(series)[(month, "TOTAL")];
        Assert.Equal(0, Delta("active"));
        Assert.Equal(1, Delta("withdrawn"));
        Assert.Equal(1, Delta("verified"));
        Assert.Equal(1, Delta("new"));
    }

    // A dispatch the mutation queued may hold the rows (SKIP LOCKED): wait for it, then deliver what is left.
    private async Task SettleAsync()
    {
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
    }

    private async Task<int> HandledCountAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().HandledEvents.CountAsync();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Jobs;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class HistoryAndRenewalTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("UPDATE signatories.history SET \"Action\" = 'Tampered'")]
    [InlineData("DELETE FROM signatories.history")]
    public async Task The_database_refuses_to_rewrite_history(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText);
    }

    [Fact]
    public async Task An_active_signature_past_its_renewal_date_lapses_once()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SignatoriesDbContext>();
        var police = await db.Organisations.Include(o => o.Signatures).SingleAsync(o => o.NameEn == "Gwent Police");
        await db.Signatures.Where(s => s.OrganisationId == police.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.RenewalDueOn, new DateOnly(2020, 1, 1)));
        var job = scope.ServiceProvider.GetRequiredService<LapseOverdueSignaturesJob>();

        var first = await job.RunAsync(CancellationToken.None);
        var second = await job.RunAsync(CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        db.ChangeTracker.Clear();
        Assert.Equal(AccordStatus.Lapsed, (await db.Organisations.SingleAsync(o => o.Id == police.Id)).Status);
        Assert.Equal("Lapsed", (await db.History.Where(h => h.OrganisationId == police.Id).OrderBy(h => h.Id).LastAsync()).Action);
    }

    [Fact]
    public async Task Other_modules_see_active_signatories_through_the_contract()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<ISignatoriesApi>();
        var db = scope.ServiceProvider.GetRequiredService<SignatoriesDbContext>();
        var police = await db.Organisations.SingleAsync(o => o.NameEn == "South Wales Police");

        var found = await api.FindAsync([police.Id, Guid.NewGuid()], CancellationToken.None);

        Assert.Equal(OrganisationSector.Police, Assert.Single(found).Value.Sector);
        Assert.True(await api.IsActiveSignatoryAsync(police.Id, CancellationToken.None));
        Assert.False(await api.IsActiveSignatoryAsync(Guid.NewGuid(), CancellationToken.None));
    }
}

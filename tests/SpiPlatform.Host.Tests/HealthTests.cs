using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Host.Tests;

[Collection(HostCollection.Collection)]
public sealed class HealthTests(HostFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Live_answers_200()
    {
        using var response = await _client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_is_healthy_once_every_schema_is_migrated()
    {
        using var response = await _client.GetAsync("/health/ready");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Every_registered_context_lives_in_its_own_schema_with_its_own_history_table()
    {
        var registrations = fixture.Factory.Services.GetServices<ModuleDbContextRegistration>().ToList();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        Assert.Equal(registrations.Count, registrations.Select(r => r.Schema).Distinct().Count());
        foreach (var registration in registrations)
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
            Assert.Equal(registration.Schema, context.Model.GetDefaultSchema());
            Assert.All(context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null),
                e => Assert.Equal(registration.Schema, e.GetSchema()));
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }
}

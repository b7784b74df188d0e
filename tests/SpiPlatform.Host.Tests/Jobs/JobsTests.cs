using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using SpiPlatform.Host.Jobs;
using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Jobs;

[Collection(HostCollection.Collection)]
public sealed class JobsTests(HostFixture fixture) : IAsyncLifetime
{
    private readonly HttpClient _client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public void The_token_pruning_job_is_scheduled_hourly()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == PruneOAuthTokensJob.Id);

        Assert.Equal(Cron.Hourly(), job.Cron);
    }

    [Fact]
    public void Every_recurring_job_runs_on_welsh_time_so_the_two_in_the_morning_lapse_check_is_two_in_wales_all_year()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var jobs = connection.GetRecurringJobs();

        Assert.Contains(jobs, j => j.Id == "signatories-lapse-overdue" && j.Cron == Cron.Daily(2));
        Assert.All(jobs, j => Assert.Equal("Europe/London", j.TimeZoneId));
    }

    [Fact]
    public async Task Pruning_removes_expired_tokens_keeps_live_ones_and_can_run_twice()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var client = await applications.FindByClientIdAsync(OAuthTokens.Evaluator);
        var clientId = await applications.GetIdAsync(client!);
        var expired = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            ApplicationId = clientId, Subject = "expired", Type = OpenIddictConstants.TokenTypeHints.AccessToken,
            Status = OpenIddictConstants.Statuses.Valid,
            CreationDate = DateTimeOffset.UtcNow.AddDays(-10), ExpirationDate = DateTimeOffset.UtcNow.AddDays(-9),
        });
        var live = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            ApplicationId = clientId, Subject = "live", Type = OpenIddictConstants.TokenTypeHints.AccessToken,
            Status = OpenIddictConstants.Statuses.Valid,
            CreationDate = DateTimeOffset.UtcNow.AddDays(-10), ExpirationDate = DateTimeOffset.UtcNow.AddHours(1),
        });
        var expiredId = await tokens.GetIdAsync(expired);
        var liveId = await tokens.GetIdAsync(live);

        var job = scope.ServiceProvider.GetRequiredService<PruneOAuthTokensJob>();
        await job.RunAsync(CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        // A fresh scope: the one above still tracks the entities it created.
        await using var after = fixture.Factory.Services.CreateAsyncScope();
        var remaining = after.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        Assert.Null(await remaining.FindByIdAsync(expiredId!));
        Assert.NotNull(await remaining.FindByIdAsync(liveId!));
    }

    [Fact]
    public async Task The_jobs_dashboard_sends_anonymous_visitors_to_sign_in()
    {
        using var response = await _client.GetAsync("/ops/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jobs_dashboard_is_forbidden_to_other_roles()
    {
        await StaffLogin.SignInAsync(_client, StaffLogin.QaReviewer);

        using var response = await _client.GetAsync("/ops/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_programme_team_sees_the_jobs_dashboard_with_the_pruning_job()
    {
        await StaffLogin.SignInAsync(_client, StaffLogin.ProgrammeTeam);

        using var response = await _client.GetAsync("/ops/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(PruneOAuthTokensJob.Id, await response.Content.ReadAsStringAsync());
    }
}

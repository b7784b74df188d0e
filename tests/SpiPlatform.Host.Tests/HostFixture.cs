using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests;

[CollectionDefinition(Collection)]
public sealed class HostCollection : ICollectionFixture<HostFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

/// <summary>The app with two test-only fields a module would add: one restricted to a scope, one slow.</summary>
public sealed class HostFixture : PlatformFixture
{
    public static readonly TimeSpan ExecutionTimeout = TimeSpan.FromSeconds(3);

    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphQL:ExecutionTimeout", ExecutionTimeout.ToString());
        builder.ConfigureServices(s => s.AddSingleton<IGraphQLSchemaContributor, TestFieldsContributor>());
    }

    private sealed class TestFieldsContributor : IGraphQLSchemaContributor
    {
        public void ContributeQueries(ObjectGraphType query)
        {
            query.Field<StringGraphType>("testMetricsOnly")
                .RequireAccess(["metrics:read"], ["ProgrammeTeam"])
                .Resolve(_ => "metrics");
            query.Field<StringGraphType>("testSlow")
                .ResolveAsync(async c =>
                {
                    await Task.Delay(TimeSpan.FromMinutes(1), c.CancellationToken); // slow work that ends on cancellation
                    return "too late";
                });
        }
    }
}

using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests;

[CollectionDefinition(Collection)]
public sealed class MetricsCollection : ICollectionFixture<MetricsFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

/// <summary>The app on real Kestrel (a free 127.0.0.1 port), so the evaluators' curl script can call it as a client would.</summary>
public sealed class MetricsFixture : PlatformFixture
{
    protected override bool UseKestrel => true;

    public Uri BaseAddress => Factory.ClientOptions.BaseAddress;
}

using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests;

[CollectionDefinition(Collection)]
public sealed class MetricsCollection : ICollectionFixture<MetricsFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

public sealed class MetricsFixture : PlatformFixture;

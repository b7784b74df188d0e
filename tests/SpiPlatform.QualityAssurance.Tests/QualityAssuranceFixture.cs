using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests;

[CollectionDefinition(Collection)]
public sealed class QualityAssuranceCollection : ICollectionFixture<QualityAssuranceFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

public sealed class QualityAssuranceFixture : PlatformFixture;

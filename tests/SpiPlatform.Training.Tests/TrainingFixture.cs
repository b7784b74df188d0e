using SpiPlatform.TestKit;

namespace SpiPlatform.Training.Tests;

[CollectionDefinition(Collection)]
public sealed class TrainingCollection : ICollectionFixture<TrainingFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

public sealed class TrainingFixture : PlatformFixture;

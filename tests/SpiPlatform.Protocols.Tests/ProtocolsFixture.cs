using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests;

[CollectionDefinition(Collection)]
public sealed class ProtocolsCollection : ICollectionFixture<ProtocolsFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

public sealed class ProtocolsFixture : PlatformFixture;

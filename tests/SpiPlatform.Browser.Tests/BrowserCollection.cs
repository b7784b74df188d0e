using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

[CollectionDefinition(Collection)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

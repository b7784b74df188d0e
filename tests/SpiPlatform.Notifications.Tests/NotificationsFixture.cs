using Microsoft.AspNetCore.Hosting;
using SpiPlatform.TestKit;

namespace SpiPlatform.Notifications.Tests;

[CollectionDefinition(Collection)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsFixture>
{
    public const string Collection = PlatformFixture.Collection;
}

public sealed class NotificationsFixture : PlatformFixture
{
    // The tests deliver mail by hand, to their own SMTP listener, on their own clock: the every-minute job stays out of the way.
    protected override void ConfigureApp(IWebHostBuilder builder) => builder.UseSetting("Notifications:Mail:Enabled", "false");
}

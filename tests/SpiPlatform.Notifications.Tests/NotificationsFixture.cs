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
    /// <summary>Where the app's own transport writes mail in these tests (as in Development).</summary>
    public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"spi-notifications-mail-{Guid.NewGuid():N}");

    // The tests deliver mail by hand, to their own SMTP listener, on their own clock: the every-minute job stays out of the way.
    protected override void ConfigureApp(IWebHostBuilder builder)
    {
        builder.UseSetting("Notifications:Mail:Enabled", "false");
        builder.UseSetting("Notifications:Mail:PickupDirectory", PickupFolder);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(PickupFolder))
        {
            Directory.Delete(PickupFolder, recursive: true);
        }
    }
}

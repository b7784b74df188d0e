using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Notifications.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<NotificationsDbContext>
{
    public NotificationsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NotificationsDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", NotificationsDbContext.Schema);
        return new(options.Options);
    }
}

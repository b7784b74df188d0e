using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.Host.Auth;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Host.Data;

// `dotnet ef migrations add` builds contexts through these, so it never needs a database or the app's start-up.
internal static class DesignTime
{
    public const string ConnectionString = "Host=127.0.0.1;Database=design_time";

    public static DbContextOptions<T> Options<T>(string schema) where T : DbContext
        => (DbContextOptions<T>)new DbContextOptionsBuilder<T>().UseSpiDatabase(ConnectionString, schema).Options;
}

internal sealed class PlatformDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) => new(DesignTime.Options<PlatformDbContext>(PlatformDbContext.Schema));
}

internal sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<StaffIdentityDbContext>
{
    public StaffIdentityDbContext CreateDbContext(string[] args) => new(DesignTime.Options<StaffIdentityDbContext>(StaffIdentityDbContext.Schema));
}

internal sealed class OAuthDesignTimeFactory : IDesignTimeDbContextFactory<OAuthDbContext>
{
    public OAuthDbContext CreateDbContext(string[] args) => new(DesignTime.Options<OAuthDbContext>(OAuthDbContext.Schema));
}

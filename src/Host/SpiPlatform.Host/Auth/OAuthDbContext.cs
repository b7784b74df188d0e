using Microsoft.EntityFrameworkCore;

namespace SpiPlatform.Host.Auth;

/// <summary>OpenIddict's applications, authorizations, scopes and tokens, in their own schema.</summary>
internal sealed class OAuthDbContext(DbContextOptions<OAuthDbContext> options) : DbContext(options)
{
    public const string Schema = "openiddict";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SpiPlatform.Host.Auth;

/// <summary>ASP.NET Core Identity's tables, in their own schema.</summary>
internal sealed class StaffIdentityDbContext(DbContextOptions<StaffIdentityDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(200);
    }
}

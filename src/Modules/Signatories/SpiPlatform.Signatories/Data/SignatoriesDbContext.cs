using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Data;

internal sealed class SignatoriesDbContext(DbContextOptions<SignatoriesDbContext> options) : DbContext(options)
{
    public const string Schema = "signatories";

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AccordSignature> Signatures => Set<AccordSignature>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SignatoriesDbContext).Assembly);
        modelBuilder.ConfigureOutbox();
    }
}

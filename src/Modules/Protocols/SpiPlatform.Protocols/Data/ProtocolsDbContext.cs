using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Messaging;

namespace SpiPlatform.Protocols.Data;

internal sealed class ProtocolsDbContext(DbContextOptions<ProtocolsDbContext> options) : DbContext(options)
{
    public const string Schema = "protocols";

    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<InformationFlow> Flows => Set<InformationFlow>();
    public DbSet<AgreementVersion> Versions => Set<AgreementVersion>();
    public DbSet<SearchSynonym> Synonyms => Set<SearchSynonym>();
    public DbSet<LegalBasis> LegalBases => Set<LegalBasis>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<int>("agreement_numbers").StartsAt(100);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProtocolsDbContext).Assembly);
        modelBuilder.ConfigureOutbox();
    }
}

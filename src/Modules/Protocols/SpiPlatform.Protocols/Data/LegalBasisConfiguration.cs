using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Protocols.Domain;

namespace SpiPlatform.Protocols.Data;

/// <summary>The managed legal-bases list; its rows are seeded by the migration that creates it, then managed at run time.</summary>
internal sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> e)
    {
        e.ToTable("legal_bases");
        e.HasKey(b => b.Code);
        e.Property(b => b.Code).HasMaxLength(LegalBasis.MaxCodeLength);
        e.Property(b => b.NameEn).HasMaxLength(LegalBasis.MaxNameLength);
        e.Property(b => b.NameCy).HasMaxLength(LegalBasis.MaxNameLength);
        e.Property(b => b.Group).HasConversion<string>().HasMaxLength(30);
        e.Property(b => b.Version).IsConcurrencyToken();
        e.Ignore(b => b.IsCurrent);
    }
}

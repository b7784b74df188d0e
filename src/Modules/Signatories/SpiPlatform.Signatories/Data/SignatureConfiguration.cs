using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Data;

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<AccordSignature>
{
    public void Configure(EntityTypeBuilder<AccordSignature> e)
    {
        e.ToTable("signatures");
        e.HasKey(s => s.Id);
        e.Property(s => s.DeclarationVersion).HasMaxLength(10);
        e.Property(s => s.SignedByName).HasMaxLength(200);
        e.Property(s => s.SignedByRole).HasMaxLength(200);
        e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.CreatedBy).HasMaxLength(300);
        e.Property(s => s.DecidedBy).HasMaxLength(300);
        e.Property(s => s.Reason).HasMaxLength(1000);
        e.HasIndex(s => s.Status);
        // At most one signature per organisation may be pending or active: the database holds the line under races.
        e.HasIndex(s => s.OrganisationId).IsUnique().HasFilter("\"Status\" IN ('Pending', 'Active')").HasDatabaseName("ix_signatures_one_current");
    }
}

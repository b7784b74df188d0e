using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Data;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.ToTable("organisations");
        e.HasKey(o => o.Id);
        e.Property(o => o.NameEn).HasMaxLength(200);
        e.Property(o => o.NameCy).HasMaxLength(200);
        e.Property(o => o.Sector).HasConversion<string>().HasMaxLength(40);
        e.PrimitiveCollection(o => o.Areas).ElementType(a => a.HasConversion<string>());
        e.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(o => o.OdsCode).HasMaxLength(10);
        e.Property(o => o.CharityNumber).HasMaxLength(12);
        e.Property(o => o.CompanyNumber).HasMaxLength(10);
        e.Property(o => o.IcoNumber).HasMaxLength(10);
        e.Property(o => o.Postcode).HasMaxLength(10);
        e.Property(o => o.Website).HasMaxLength(300);
        e.Property(o => o.Version).IsConcurrencyToken();
        e.OwnsOne(o => o.DesignatedPerson, p =>
        {
            p.Property(x => x.Name).HasColumnName("DesignatedPersonName").HasMaxLength(200);
            p.Property(x => x.Role).HasColumnName("DesignatedPersonRole").HasMaxLength(200);
            p.Property(x => x.Email).HasColumnName("DesignatedPersonEmail").HasMaxLength(254);
            p.Property(x => x.Phone).HasColumnName("DesignatedPersonPhone").HasMaxLength(40);
        });
        e.HasMany(o => o.Signatures).WithOne().HasForeignKey(s => s.OrganisationId);
        e.HasOne<Organisation>().WithMany().HasForeignKey(o => o.LeadOrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => o.OdsCode).IsUnique();
        e.HasIndex(o => o.CharityNumber).IsUnique();
        e.HasIndex(o => o.CompanyNumber).IsUnique();
        e.HasIndex(o => o.IcoNumber).IsUnique();
        e.HasIndex(o => o.Sector);
        e.HasIndex(o => o.Status);
    }
}

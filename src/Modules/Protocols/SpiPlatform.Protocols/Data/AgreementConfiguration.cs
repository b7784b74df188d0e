using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Protocols.Domain;

namespace SpiPlatform.Protocols.Data;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> e)
    {
        e.ToTable("agreements");
        e.HasKey(a => a.Id);
        e.Property(a => a.Reference).HasMaxLength(20);
        e.HasIndex(a => a.Reference).IsUnique();
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(a => a.TitleEn).HasMaxLength(300);
        e.Property(a => a.TitleCy).HasMaxLength(300);
        e.Property(a => a.ServiceArea).HasConversion<string>().HasMaxLength(40);
        e.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
        e.PrimitiveCollection(a => a.Regions).ElementType(x => x.HasConversion<string>());
        e.PrimitiveCollection(a => a.DataCategories).ElementType(x => x.HasConversion<string>());
        e.PrimitiveCollection(a => a.Gateways);
        e.PrimitiveCollection(a => a.PartnerSectors).ElementType(x => x.HasConversion<string>());
        e.Property(a => a.Version).IsConcurrencyToken();
        e.Property(a => a.CreatedBy).HasMaxLength(300);
        e.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.AgreementId);
        e.HasMany(a => a.Flows).WithOne().HasForeignKey(f => f.AgreementId);
        e.HasOne<Agreement>().WithMany().HasForeignKey(a => a.DerivedFromId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(a => a.Status);
        e.HasIndex(a => a.CoordinatorId);
        e.HasIndex(a => a.DerivedFromId);
        e.HasIndex(a => a.UpdatedAt);
    }
}

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<AgreementPartner>
{
    public void Configure(EntityTypeBuilder<AgreementPartner> e)
    {
        e.ToTable("agreement_partners");
        e.HasKey(p => new { p.AgreementId, p.OrganisationId });
        e.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Members).HasDefaultValue(1);
        e.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class FlowConfiguration : IEntityTypeConfiguration<InformationFlow>
{
    public void Configure(EntityTypeBuilder<InformationFlow> e)
    {
        e.ToTable("flows");
        e.HasKey(f => f.Id);
        e.Property(f => f.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(f => f.CustomStage).HasMaxLength(100);
        e.Property(f => f.Method).HasConversion<string>().HasMaxLength(20);
        e.Property(f => f.Frequency).HasMaxLength(200);
        e.PrimitiveCollection(f => f.Data).ElementType(x => x.HasConversion<string>());
        e.PrimitiveCollection(f => f.LegalBases);
    }
}

internal sealed class VersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> e)
    {
        e.ToTable("versions");
        e.HasKey(v => v.Id);
        e.HasIndex(v => new { v.AgreementId, v.Number }).IsUnique();
        e.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(v => v.CreatedBy).HasMaxLength(300);
        e.Property(v => v.Reason).HasMaxLength(500);
        e.Property(v => v.Snapshot).HasColumnType("jsonb");
        e.HasOne<Agreement>().WithMany().HasForeignKey(v => v.AgreementId);
    }
}

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> e)
    {
        e.ToTable("search_synonyms");
        e.HasKey(s => s.Id);
        e.Property(s => s.Concept).HasMaxLength(100);
        e.Property(s => s.Term).HasMaxLength(100);
        // Unique per concept ignoring case and accents, as the search compares terms: an expression index kept by the
        // migration ThesaurusTermsUniqueIgnoringCase (EF cannot model it), so two editors adding one term cannot both win.
    }
}

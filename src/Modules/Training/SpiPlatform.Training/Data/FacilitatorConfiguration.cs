using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Data;

internal sealed class FacilitatorConfiguration : IEntityTypeConfiguration<Facilitator>
{
    public const string UniqueEmail = "ux_facilitators_email";

    public void Configure(EntityTypeBuilder<Facilitator> b)
    {
        b.ToTable("facilitators", t => t.HasCheckConstraint("ck_facilitators_has_area", "cardinality(\"Areas\") >= 1"));
        b.HasKey(f => f.Id);
        b.Property(f => f.Name).HasMaxLength(200);
        b.Property(f => f.Email).HasMaxLength(320);
        b.Property(f => f.Phone).HasMaxLength(40);
        b.Property(f => f.Languages).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Availability).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.AvailabilityNote).HasMaxLength(Facilitator.MaxNoteLength);
        b.Property(f => f.UpdatedBy).HasMaxLength(400);
        b.HasIndex(f => f.Email).IsUnique().HasDatabaseName(UniqueEmail);
        b.HasIndex(f => f.Areas).HasMethod("gin");
    }
}

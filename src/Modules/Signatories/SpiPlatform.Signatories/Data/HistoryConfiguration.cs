using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Data;

internal sealed class HistoryConfiguration : IEntityTypeConfiguration<HistoryEntry>
{
    public void Configure(EntityTypeBuilder<HistoryEntry> e)
    {
        e.ToTable("history");
        e.HasKey(h => h.Id);
        e.Property(h => h.Id).UseIdentityAlwaysColumn();
        e.Property(h => h.ActorId).HasMaxLength(300);
        e.Property(h => h.ActorName).HasMaxLength(300);
        e.Property(h => h.Action).HasMaxLength(60);
        e.Property(h => h.Before).HasColumnType("jsonb");
        e.Property(h => h.After).HasColumnType("jsonb");
        e.HasIndex(h => new { h.OrganisationId, h.At });
        e.HasOne<Organisation>().WithMany().HasForeignKey(h => h.OrganisationId);
    }
}

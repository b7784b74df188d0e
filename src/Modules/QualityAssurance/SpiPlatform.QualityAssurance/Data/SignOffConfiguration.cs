using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Data;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<QaComment>
{
    public void Configure(EntityTypeBuilder<QaComment> e)
    {
        e.ToTable("comments");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Side).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.AuthorId).HasMaxLength(300);
        e.Property(c => c.AuthorName).HasMaxLength(300);
        e.Property(c => c.Item).HasMaxLength(50);
        e.Property(c => c.Body).HasMaxLength(4000);
        e.HasOne<QaComment>().WithMany().HasForeignKey(c => c.ReplyToId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => new { c.SubmissionId, c.At });
    }
}

internal sealed class SignOffConfiguration : IEntityTypeConfiguration<QaSignOff>
{
    public void Configure(EntityTypeBuilder<QaSignOff> e)
    {
        e.ToTable("sign_offs");
        e.HasKey(o => o.Id);
        e.Property(o => o.Id).ValueGeneratedNever();
        e.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
        e.Property(o => o.DecidedBy).HasMaxLength(300);
        e.Property(o => o.DecidedByName).HasMaxLength(300);
        e.Property(o => o.SignatoryRole).HasMaxLength(200);
        e.Property(o => o.Reason).HasMaxLength(2000);
        e.Property(o => o.Version).IsConcurrencyToken();
        // One sign-off per partner per round: signing twice cannot add a second.
        e.HasIndex(o => new { o.SubmissionId, o.RoundNumber, o.OrganisationId }).IsUnique();
        e.HasIndex(o => new { o.OrganisationId, o.State });
    }
}

internal sealed class SignOffRightConfiguration : IEntityTypeConfiguration<QaSignOffRight>
{
    public void Configure(EntityTypeBuilder<QaSignOffRight> e)
    {
        e.ToTable("sign_off_rights");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.Email).HasMaxLength(256);
        e.Property(r => r.DisplayName).HasMaxLength(200);
        e.Property(r => r.SignatoryRole).HasMaxLength(200);
        e.Property(r => r.GrantedBy).HasMaxLength(300);
        e.Property(r => r.RevokedBy).HasMaxLength(300);
        // At most one current right per person and organisation.
        e.HasIndex(r => new { r.OrganisationId, r.Email }).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        e.HasIndex(r => r.Email);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Data;

internal sealed class GroupConfiguration : IEntityTypeConfiguration<QaGroup>
{
    public void Configure(EntityTypeBuilder<QaGroup> e)
    {
        e.ToTable("groups");
        e.HasKey(g => g.Id);
        e.Property(g => g.Id).ValueGeneratedNever();
        e.Property(g => g.Code).HasMaxLength(50);
        e.HasIndex(g => g.Code).IsUnique();
        e.Property(g => g.NameEn).HasMaxLength(100);
        e.Property(g => g.NameCy).HasMaxLength(100);
        e.PrimitiveCollection(g => g.Areas).ElementType(a => a.HasConversion<string>());
        e.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        // Reference data: the same five groups in every environment.
        e.HasData(QaGroups.Create());
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<QaGroupMember>
{
    public void Configure(EntityTypeBuilder<QaGroupMember> e)
    {
        e.ToTable("group_members");
        e.HasKey(m => m.Id);
        e.Property(m => m.Id).ValueGeneratedNever();
        e.Property(m => m.Email).HasMaxLength(256);
        e.Property(m => m.DisplayName).HasMaxLength(200);
        e.HasIndex(m => new { m.GroupId, m.Email }).IsUnique();
        e.HasIndex(m => m.Email);
    }
}

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<QaSubmission>
{
    public void Configure(EntityTypeBuilder<QaSubmission> e)
    {
        e.ToTable("submissions");
        e.HasKey(s => s.Id);
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Reference).HasMaxLength(50);
        e.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        e.Property(s => s.ClaimedBy).HasMaxLength(300);
        e.Property(s => s.ClaimedByName).HasMaxLength(300);
        e.Property(s => s.QaReference).HasMaxLength(30);
        e.HasIndex(s => s.QaReference).IsUnique();
        e.Property(s => s.Version).IsConcurrencyToken();
        e.Ignore(s => s.CurrentRound);
        // One submission per agreement: a second delivery racing the first loses on this index.
        e.HasIndex(s => s.AgreementId).IsUnique();
        e.HasIndex(s => new { s.GroupId, s.State, s.OpenedAt });
        e.HasOne<QaGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(s => s.Rounds).WithOne().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Events).WithOne().HasForeignKey(v => v.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.Comments).WithOne().HasForeignKey(c => c.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(s => s.SignOffs).WithOne().HasForeignKey(o => o.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.CoordinatorId, s.State });
    }
}

internal sealed class RoundConfiguration : IEntityTypeConfiguration<QaRound>
{
    public void Configure(EntityTypeBuilder<QaRound> e)
    {
        e.ToTable("rounds");
        e.HasKey(r => r.Id);
        e.Property(r => r.Id).ValueGeneratedNever();
        // Redelivering the same outbox event, or the same version twice, cannot add a round.
        e.HasIndex(r => r.EventId).IsUnique();
        e.HasIndex(r => new { r.SubmissionId, r.Number }).IsUnique();
        e.HasIndex(r => new { r.SubmissionId, r.AgreementVersion }).IsUnique();
        e.Property(r => r.ChecklistVersion).HasMaxLength(20);
        e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.DecidedBy).HasMaxLength(300);
        e.Property(r => r.OutcomeReason).HasMaxLength(4000);
        e.HasMany(r => r.Checklist).WithOne().HasForeignKey(c => c.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChecklistEntryConfiguration : IEntityTypeConfiguration<QaChecklistEntry>
{
    public void Configure(EntityTypeBuilder<QaChecklistEntry> e)
    {
        e.ToTable("checklist_results");
        e.HasKey(c => c.Id);
        e.Property(c => c.Id).ValueGeneratedNever();
        e.Property(c => c.Item).HasMaxLength(50);
        e.Property(c => c.Result).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Comment).HasMaxLength(2000);
        e.Property(c => c.RecordedBy).HasMaxLength(300);
        e.HasIndex(c => new { c.RoundId, c.Item }).IsUnique();
    }
}

internal sealed class SubmissionEventConfiguration : IEntityTypeConfiguration<QaSubmissionEvent>
{
    public void Configure(EntityTypeBuilder<QaSubmissionEvent> e)
    {
        e.ToTable("submission_events");
        e.HasKey(v => v.Id);
        e.Property(v => v.Id).ValueGeneratedNever();
        e.Property(v => v.Actor).HasMaxLength(300);
        e.Property(v => v.From).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.To).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.Reason).HasMaxLength(2000);
        e.HasIndex(v => new { v.SubmissionId, v.At });
    }
}

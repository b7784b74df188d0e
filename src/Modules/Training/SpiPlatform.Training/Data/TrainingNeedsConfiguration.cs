using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Data;

internal sealed class CompletionConfiguration : IEntityTypeConfiguration<Completion>
{
    public void Configure(EntityTypeBuilder<Completion> b)
    {
        b.ToTable("completions");
        b.HasKey(c => c.Id);
        b.Property(c => c.Email).HasMaxLength(320);
        b.Property(c => c.DisplayName).HasMaxLength(200);
        b.Property(c => c.RecordedBy).HasMaxLength(400);
        // One completion per place: ticking it twice (or two trainers at once) records it once.
        b.HasIndex(c => c.EnrolmentId).IsUnique().HasDatabaseName("ux_completions_enrolment");
        b.HasOne<Enrolment>().WithMany().HasForeignKey(c => c.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<TrainingSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.OrganisationId, c.CourseId });
    }
}

internal sealed class TrainingNeedConfiguration : IEntityTypeConfiguration<TrainingNeed>
{
    public void Configure(EntityTypeBuilder<TrainingNeed> b)
    {
        b.ToTable("training_needs", t => t.HasCheckConstraint("ck_training_needs_cancel_reason",
            $"\"Status\" <> '{nameof(TrainingNeedStatus.Cancelled)}' OR \"CancelReason\" IS NOT NULL"));
        b.HasKey(n => n.Id);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.RaisedBy).HasMaxLength(400);
        b.Property(n => n.CancelReason).HasMaxLength(1000);
        b.Property(n => n.Version).IsRowVersion();
        b.HasOne(n => n.Course).WithMany().HasForeignKey(n => n.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Session).WithMany().HasForeignKey(n => n.SessionId).OnDelete(DeleteBehavior.SetNull);
        // One open or met need per agreement, organisation and course: the event raising it twice raises it once.
        b.HasIndex(n => new { n.AgreementId, n.OrganisationId, n.CourseId }).IsUnique()
            .HasFilter($"\"Status\" <> '{nameof(TrainingNeedStatus.Cancelled)}'")
            .HasDatabaseName("ux_training_needs_live");
        b.HasIndex(n => new { n.RaisedByEventId, n.OrganisationId }).IsUnique().HasDatabaseName("ux_training_needs_event");
        b.HasIndex(n => new { n.OrganisationId, n.CourseId });
        b.Ignore(n => n.IsOpen);
    }
}

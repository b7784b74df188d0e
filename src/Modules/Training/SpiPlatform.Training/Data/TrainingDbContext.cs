using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Data;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : DbContext(options)
{
    public const string Schema = "training";

    public DbSet<Course> Courses => Set<Course>();
    public DbSet<TrainingSession> Sessions => Set<TrainingSession>();
    public DbSet<Enrolment> Enrolments => Set<Enrolment>();
    public DbSet<Completion> Completions => Set<Completion>();
    public DbSet<TrainingNeed> Needs => Set<TrainingNeed>();
    public DbSet<Facilitator> Facilitators => Set<Facilitator>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ConfigureOutbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> b)
    {
        b.ToTable("courses");
        b.HasKey(c => c.Id);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(c => c.TitleEn).HasMaxLength(200);
        b.Property(c => c.TitleCy).HasMaxLength(200);
        b.Property(c => c.DescriptionEn).HasMaxLength(4000);
        b.Property(c => c.DescriptionCy).HasMaxLength(4000);
        b.Ignore(c => c.Title);
        b.Ignore(c => c.Description);
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("sessions", t =>
        {
            t.HasCheckConstraint("ck_sessions_capacity", "\"Capacity\" >= 1");
            t.HasCheckConstraint("ck_sessions_ends_after_start", "\"EndsAt\" > \"StartsAt\"");
        });
        b.HasKey(s => s.Id);
        b.Property(s => s.Venue).HasMaxLength(300);
        b.Property(s => s.Area).HasConversion<string>().HasMaxLength(40);
        b.Property(s => s.TrainerEmail).HasMaxLength(320);
        b.HasOne(s => s.Course).WithMany().HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.StartsAt);
        b.Ignore(s => s.EnrolledCount);
        b.Ignore(s => s.WaitingCount);
        b.Ignore(s => s.PlacesLeft);
    }
}

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> b)
    {
        b.ToTable("enrolments");
        b.HasKey(e => e.Id);
        b.Property(e => e.Email).HasMaxLength(320);
        b.Property(e => e.DisplayName).HasMaxLength(200);
        b.Property(e => e.RequestedBy).HasMaxLength(400);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Arrival).UseIdentityByDefaultColumn();
        // One live place or waiting position per person and session; a cancelled one may be followed by another.
        b.HasIndex(e => new { e.SessionId, e.Email }).IsUnique()
            .HasFilter($"\"Status\" <> '{nameof(EnrolmentStatus.Cancelled)}'")
            .HasDatabaseName("ux_enrolments_live_per_person");
        b.HasIndex(e => new { e.SessionId, e.Arrival });
    }
}

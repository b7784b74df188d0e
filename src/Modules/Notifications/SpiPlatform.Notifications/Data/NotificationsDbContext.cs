using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Data;

internal sealed class NotificationsDbContext(DbContextOptions<NotificationsDbContext> options) : DbContext(options)
{
    public const string Schema = "notifications";
    public const string Table = "notifications";
    public const string DedupIndex = "ux_notifications_once_per_reminder";

    public const string PreferencesTable = "delivery_preferences";
    public const string DigestsTable = "digests";
    public const string DigestOnceIndex = "ux_digests_once_per_period";

    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<DeliveryPreference> Preferences => Set<DeliveryPreference>();
    public DbSet<Digest> Digests => Set<Digest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NotificationsDbContext).Assembly);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable(NotificationsDbContext.Table);
        b.HasKey(n => n.Id);
        b.Property(n => n.Kind).HasMaxLength(60);
        b.Property(n => n.RecipientEmail).HasMaxLength(320);
        b.Property(n => n.RecipientLanguage).HasMaxLength(2);
        b.Property(n => n.SubjectLabelEn).HasMaxLength(400);
        b.Property(n => n.SubjectLabelCy).HasMaxLength(400);
        b.Property(n => n.Link).HasMaxLength(400);
        b.Property(n => n.MailStatus).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.LastMailError).HasMaxLength(2000);
        // The reminder's identity: the job inserts with ON CONFLICT DO NOTHING against it, so two runs (or two hosts) make one row.
        b.HasIndex(n => new { n.Kind, n.Offset, n.SubjectId, n.DueOn, n.RecipientEmail }).IsUnique().HasDatabaseName(NotificationsDbContext.DedupIndex);
        b.HasIndex(n => new { n.RecipientEmail, n.ReadAt });
        b.HasIndex(n => new { n.MailStatus, n.NextMailAttemptAt });
    }
}

internal sealed class DeliveryPreferenceConfiguration : IEntityTypeConfiguration<DeliveryPreference>
{
    public void Configure(EntityTypeBuilder<DeliveryPreference> b)
    {
        b.ToTable(NotificationsDbContext.PreferencesTable);
        b.HasKey(p => new { p.RecipientEmail, p.Kind });
        b.Property(p => p.RecipientEmail).HasMaxLength(320);
        b.Property(p => p.Kind).HasMaxLength(60);
        b.Property(p => p.Delivery).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class DigestConfiguration : IEntityTypeConfiguration<Digest>
{
    public void Configure(EntityTypeBuilder<Digest> b)
    {
        b.ToTable(NotificationsDbContext.DigestsTable);
        b.HasKey(d => d.Id);
        b.Property(d => d.RecipientEmail).HasMaxLength(320);
        b.Property(d => d.Cadence).HasConversion<string>().HasMaxLength(20);
        // The digest job inserts with ON CONFLICT DO NOTHING against it: one digest per person and period.
        b.HasIndex(d => new { d.RecipientEmail, d.Cadence, d.PeriodStart }).IsUnique().HasDatabaseName(NotificationsDbContext.DigestOnceIndex);
    }
}

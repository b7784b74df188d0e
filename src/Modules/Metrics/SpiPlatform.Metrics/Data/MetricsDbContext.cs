using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Domain;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.Metrics.Features.Snapshots;

namespace SpiPlatform.Metrics.Data;

/// <summary>The Metrics module's read models: copies of what the figures count, fed by integration events and contracts.</summary>
internal sealed class MetricsDbContext(DbContextOptions<MetricsDbContext> options) : DbContext(options)
{
    public const string Schema = "metrics";

    public DbSet<SignatureRow> Signatures => Set<SignatureRow>();
    public DbSet<AgreementRow> Agreements => Set<AgreementRow>();
    public DbSet<HandledEvent> HandledEvents => Set<HandledEvent>();
    public DbSet<CaseStudy> CaseStudies => Set<CaseStudy>();
    public DbSet<MonthlySnapshot> Snapshots => Set<MonthlySnapshot>();
    public DbSet<QaRoundRow> QaRounds => Set<QaRoundRow>();
    public DbSet<QaStayRow> QaStays => Set<QaStayRow>();
    public DbSet<DevelopmentEffortRecord> DevelopmentEffort => Set<DevelopmentEffortRecord>();
    public DbSet<ProgrammeReport> ProgrammeReports => Set<ProgrammeReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<SignatureRow>(e =>
        {
            e.ToTable("signatures");
            e.HasKey(s => s.SignatureId);
            e.Property(s => s.Sector).HasConversion<string>().HasMaxLength(40);
            e.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            e.PrimitiveCollection(s => s.Areas).ElementType(x => x.HasConversion<string>());
            e.HasIndex(s => s.OrganisationId);
        });
        modelBuilder.Entity<AgreementRow>(e =>
        {
            e.ToTable("agreements");
            e.HasKey(a => a.AgreementId);
            e.Property(a => a.Reference).HasMaxLength(40);
            e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.ServiceArea).HasConversion<string>().HasMaxLength(40);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(30);
            e.PrimitiveCollection(a => a.Regions).ElementType(x => x.HasConversion<string>());
            e.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.History).WithOne().HasForeignKey(h => h.AgreementId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AgreementPartnerRow>(e =>
        {
            e.ToTable("agreement_partners");
            e.HasKey(p => new { p.AgreementId, p.OrganisationId });
            e.HasIndex(p => p.OrganisationId);
        });
        modelBuilder.Entity<AgreementStatusRow>(e =>
        {
            e.ToTable("agreement_status_history");
            e.HasKey(h => new { h.AgreementId, h.Position });
            e.Property(h => h.Status).HasConversion<string>().HasMaxLength(30);
        });
        modelBuilder.Entity<QaRoundRow>(e =>
        {
            e.ToTable("qa_rounds");
            e.HasKey(r => new { r.AgreementId, r.Round });
            e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<QaStayRow>(e =>
        {
            e.ToTable("qa_stays");
            e.HasKey(r => new { r.SubmissionId, r.Position });
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(r => r.AgreementId);
        });
        modelBuilder.Entity<DevelopmentEffortRecord>(e =>
        {
            e.ToTable("development_effort");
            e.HasKey(r => r.AgreementId);
            e.Property(r => r.HoursPerPractitioner).HasPrecision(7, 1);
            e.Property(r => r.Source).HasMaxLength(DevelopmentEffortRecord.SourceMaxLength);
            e.Property(r => r.RecordedBy).HasMaxLength(200);
        });
        modelBuilder.Entity<HandledEvent>(e =>
        {
            e.ToTable("handled_events");
            e.HasKey(h => h.EventId);
            e.Property(h => h.EventType).HasMaxLength(200);
        });
        modelBuilder.ConfigureCaseStudies();
        modelBuilder.ConfigureProgrammeReports();
        modelBuilder.Entity<MonthlySnapshot>(e =>
        {
            e.ToTable("snapshots");
            e.HasKey(s => s.Month);
            e.Property(s => s.Values).HasColumnType("jsonb");
        });
    }
}

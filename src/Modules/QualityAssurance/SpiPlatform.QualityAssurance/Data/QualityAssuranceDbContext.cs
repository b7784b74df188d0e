using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Data;

internal sealed class QualityAssuranceDbContext(DbContextOptions<QualityAssuranceDbContext> options) : DbContext(options)
{
    public const string Schema = "qa";
    public const string QaReferenceSequence = "qa_reference_numbers";

    public DbSet<QaGroup> Groups => Set<QaGroup>();
    public DbSet<QaGroupMember> Members => Set<QaGroupMember>();
    public DbSet<QaSubmission> Submissions => Set<QaSubmission>();
    public DbSet<QaRound> Rounds => Set<QaRound>();
    public DbSet<QaComment> Comments => Set<QaComment>();
    public DbSet<QaSignOff> SignOffs => Set<QaSignOff>();
    public DbSet<QaSignOffRight> SignOffRights => Set<QaSignOffRight>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.HasSequence<long>(QaReferenceSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(QualityAssuranceDbContext).Assembly);
    }
}

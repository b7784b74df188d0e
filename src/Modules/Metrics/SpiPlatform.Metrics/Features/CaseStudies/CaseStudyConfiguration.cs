using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SpiPlatform.Metrics.Features.CaseStudies;

/// <summary><c>metrics.case_studies</c> and its partners, key messages and quotes; each text in an English and a Welsh column.</summary>
internal static class CaseStudyConfiguration
{
    public const int MaxSlugLength = 80;

    public static void ConfigureCaseStudies(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseStudy>(e =>
        {
            e.ToTable("case_studies");
            e.HasKey(c => c.Id);
            e.Property(c => c.Slug).HasMaxLength(MaxSlugLength);
            e.HasIndex(c => c.Slug).IsUnique();
            e.Property(c => c.AgreementReference).HasMaxLength(40);
            e.HasIndex(c => c.AgreementId);
            Text(e.ComplexProperty(c => c.Title), 300);
            Text(e.ComplexProperty(c => c.Area), 200);
            Text(e.ComplexProperty(c => c.Summary), 600);
            Text(e.ComplexProperty(c => c.Background));
            Text(e.ComplexProperty(c => c.HowInformationIsShared));
            Text(e.ComplexProperty(c => c.HowTheIspWasDeveloped));
            Text(e.ComplexProperty(c => c.Benefits));
            e.HasMany(c => c.Partners).WithOne().HasForeignKey(p => p.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.KeyMessages).WithOne().HasForeignKey(m => m.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Quotes).WithOne().HasForeignKey(q => q.CaseStudyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CaseStudyPartner>(e =>
        {
            e.ToTable("case_study_partners");
            e.HasKey(p => new { p.CaseStudyId, p.Position });
            Text(e.ComplexProperty(p => p.Name), 300);
        });
        modelBuilder.Entity<CaseStudyKeyMessage>(e =>
        {
            e.ToTable("case_study_key_messages");
            e.HasKey(m => new { m.CaseStudyId, m.Position });
            Text(e.ComplexProperty(m => m.Message));
        });
        modelBuilder.Entity<CaseStudyQuote>(e =>
        {
            e.ToTable("case_study_quotes");
            e.HasKey(q => new { q.CaseStudyId, q.Position });
            Text(e.ComplexProperty(q => q.Words));
            Text(e.ComplexProperty(q => q.AttributedTo), 200);
        });
    }

    private static void Text(ComplexPropertyBuilder<CaseStudyText> text, int? maxLength = null)
    {
        text.IsRequired();
        var en = text.Property(t => t.En).IsRequired();
        var cy = text.Property(t => t.Cy);
        if (maxLength is { } max)
        {
            en.HasMaxLength(max);
            cy.HasMaxLength(max);
        }
    }
}

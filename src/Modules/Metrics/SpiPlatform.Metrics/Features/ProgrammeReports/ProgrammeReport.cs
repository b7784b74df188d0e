using Microsoft.EntityFrameworkCore;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

internal enum ProgrammeReportState
{
    Running,
    Ready,
    Failed,
}

/// <summary>
/// One month's programme report: asked for (by a person or the monthly schedule), then built from the month's snapshot.
/// Its files are written in the same transaction that makes it Ready, so a report is either whole or has no files.
/// </summary>
internal sealed class ProgrammeReport
{
    /// <summary>The month's first day: one report per month.</summary>
    public DateOnly Month { get; set; }

    public ProgrammeReportState State { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Who asked (the actor id), or <see cref="Schedule"/> for the monthly run.</summary>
    public string RequestedBy { get; set; } = "";

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the last run failed (for the programme team), when it did.</summary>
    public string? Error { get; set; }

    public string? Html { get; set; }

    public byte[]? Xlsx { get; set; }

    public List<ProgrammeReportFile> Files { get; set; } = [];

    public const string Schedule = "schedule";
}

/// <summary>One figure's CSV of a Ready report.</summary>
internal sealed class ProgrammeReportFile
{
    public DateOnly Month { get; set; }

    /// <summary>The figure, as the snapshot names it (e.g. <c>adoption</c>).</summary>
    public string Figure { get; set; } = "";

    public byte[] Csv { get; set; } = [];
}

internal static class ProgrammeReportConfiguration
{
    public static void ConfigureProgrammeReports(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ProgrammeReport>(e =>
        {
            e.ToTable("programme_reports");
            e.HasKey(r => r.Month);
            e.Property(r => r.State).HasConversion<string>().HasMaxLength(10);
            e.Property(r => r.RequestedBy).HasMaxLength(200);
            e.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.Month).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProgrammeReportFile>(e =>
        {
            e.ToTable("programme_report_files");
            e.HasKey(f => new { f.Month, f.Figure });
            e.Property(f => f.Figure).HasMaxLength(60);
        });
    }
}

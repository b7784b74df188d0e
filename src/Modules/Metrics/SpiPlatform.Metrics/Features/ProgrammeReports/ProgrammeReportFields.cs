using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

/// <summary>Where a report and its files are read and downloaded (the pages and endpoints of <c>Areas/Reports</c>).</summary>
internal static class ProgrammeReportPaths
{
    public const string List = "/reports";

    public static string Report(string month) => $"/reports/{month}";

    public static string Status(string month) => $"/reports/{month}/status";

    public static string Xlsx(string month) => $"/reports/{month}.xlsx";

    public static string Csv(string month, string figure) => $"/reports/{month}/{figure}.csv";

    public static string MonthOf(ProgrammeReport r) => r.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class ProgrammeReportStateGraphType : EnumerationGraphType<ProgrammeReportState>
{
    public ProgrammeReportStateGraphType()
    {
        Name = "ProgrammeReportState";
        Description = "RUNNING while the job builds it, READY once whole (then its files can be downloaded), FAILED when the run failed (it may be asked for again).";
    }
}

internal sealed class ProgrammeReportGraphType : ObjectGraphType<ProgrammeReport>
{
    public ProgrammeReportGraphType()
    {
        Name = "ProgrammeReport";
        Description = "A month's programme report, built from the month's snapshot: an HTML page, a CSV per figure and an XLSX workbook with a sheet per figure.";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, as YYYY-MM.").Resolve(c => ProgrammeReportPaths.MonthOf(c.Source));
        Field<NonNullGraphType<ProgrammeReportStateGraphType>>("state").Resolve(c => c.Source.State);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("requestedAt").Description("When it was (last) asked for (UTC).").Resolve(c => c.Source.RequestedAt);
        Field<DateTimeOffsetGraphType>("finishedAt").Description("When the last run finished, Ready or Failed (UTC); null while running.").Resolve(c => c.Source.FinishedAt);
        Field<StringGraphType>("xlsxUrl").Description("The workbook's path on this site, once READY; null before.")
            .Resolve(c => c.Source.State == ProgrammeReportState.Ready ? ProgrammeReportPaths.Xlsx(ProgrammeReportPaths.MonthOf(c.Source)) : null);
    }
}

internal sealed class RequestProgrammeReportInputGraphType : InputObjectGraphType
{
    public RequestProgrammeReportInputGraphType()
    {
        Name = "RequestProgrammeReportInput";
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month, as YYYY-MM: one that has ended (Welsh time) and has a snapshot.");
    }
}

/// <summary><c>programmeReports</c> and <c>requestProgrammeReport</c>: the same reports and handler as <c>/reports</c>.</summary>
internal sealed class ProgrammeReportSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeReportGraphType>>>>("programmeReports")
            .Description("Every programme report asked for, newest month first, in any state. For metrics:read clients, evaluators and the programme team.")
            .RequireAccess(MetricsQuery.Scopes, MetricsQuery.Roles)
            .ResolveAsync(async c => await c.Service<MetricsDbContext>().ProgrammeReports.AsNoTracking()
                .OrderByDescending(r => r.Month).ToListAsync(c.CancellationToken));

    public void ContributeMutations(ObjectGraphType mutation)
        => mutation.AddCommand<ProgrammeReportGraphType, RequestProgrammeReportInputGraphType, ProgrammeReport>("requestProgrammeReport",
            """
            Ask for a month's programme report (the programme team only; anyone else is FORBIDDEN). The month must be YYYY-MM and
            ended (VALIDATION_FAILED on input.month) and have a snapshot (NOT_FOUND on input.month). A month already RUNNING or READY
            is returned as it is; a FAILED one runs again. Poll programmeReports for its state.
            """,
            async c => await c.Service<RequestProgrammeReportHandler>().RequestAsync(
                c.GetArgument<Dictionary<string, object?>>("input").GetValueOrDefault("month") as string, c.User!, c.CancellationToken));
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Metrics.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ProgrammeReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "programme_reports",
                schema: "metrics",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Error = table.Column<string>(type: "text", nullable: true),
                    Html = table.Column<string>(type: "text", nullable: true),
                    Xlsx = table.Column<byte[]>(type: "bytea", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_reports", x => x.Month);
                });

            migrationBuilder.CreateTable(
                name: "programme_report_files",
                schema: "metrics",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Figure = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Csv = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_report_files", x => new { x.Month, x.Figure });
                    table.ForeignKey(
                        name: "FK_programme_report_files_programme_reports_Month",
                        column: x => x.Month,
                        principalSchema: "metrics",
                        principalTable: "programme_reports",
                        principalColumn: "Month",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_report_files",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "programme_reports",
                schema: "metrics");
        }
    }
}

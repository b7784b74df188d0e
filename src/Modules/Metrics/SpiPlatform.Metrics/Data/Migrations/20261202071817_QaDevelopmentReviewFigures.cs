using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Metrics.Data.Migrations
{
    /// <inheritdoc />
    internal partial class QaDevelopmentReviewFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDue",
                schema: "metrics",
                table: "agreements",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewDue",
                schema: "metrics",
                table: "agreement_status_history",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "development_effort",
                schema: "metrics",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Practitioners = table.Column<int>(type: "integer", nullable: true),
                    HoursPerPractitioner = table.Column<decimal>(type: "numeric(7,1)", precision: 7, scale: 1, nullable: true),
                    PeriodMonthsLow = table.Column<int>(type: "integer", nullable: true),
                    PeriodMonthsHigh = table.Column<int>(type: "integer", nullable: true),
                    PeriodEnded = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_development_effort", x => x.AgreementId);
                });

            migrationBuilder.CreateTable(
                name: "qa_rounds",
                schema: "metrics",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    WorkingDays = table.Column<int>(type: "integer", nullable: false),
                    TargetWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    MetTarget = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_rounds", x => new { x.AgreementId, x.Round });
                });

            migrationBuilder.CreateTable(
                name: "qa_stays",
                schema: "metrics",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EnteredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_qa_stays", x => new { x.SubmissionId, x.Position });
                });

            migrationBuilder.CreateIndex(
                name: "IX_qa_stays_AgreementId",
                schema: "metrics",
                table: "qa_stays",
                column: "AgreementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "development_effort",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "qa_rounds",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "qa_stays",
                schema: "metrics");

            migrationBuilder.DropColumn(
                name: "ReviewDue",
                schema: "metrics",
                table: "agreements");

            migrationBuilder.DropColumn(
                name: "ReviewDue",
                schema: "metrics",
                table: "agreement_status_history");
        }
    }
}

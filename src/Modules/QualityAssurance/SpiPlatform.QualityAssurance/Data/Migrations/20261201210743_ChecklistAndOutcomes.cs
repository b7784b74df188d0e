using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.QualityAssurance.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ChecklistAndOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "qa_reference_numbers",
                schema: "qa");

            migrationBuilder.AddColumn<string>(
                name: "QaReference",
                schema: "qa",
                table: "submissions",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "QualityAssuredOn",
                schema: "qa",
                table: "submissions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChecklistVersion",
                schema: "qa",
                table: "rounds",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "2026-1");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                schema: "qa",
                table: "rounds",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                schema: "qa",
                table: "rounds",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                schema: "qa",
                table: "rounds",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomeReason",
                schema: "qa",
                table: "rounds",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "checklist_results",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Item = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checklist_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_checklist_results_rounds_RoundId",
                        column: x => x.RoundId,
                        principalSchema: "qa",
                        principalTable: "rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_QaReference",
                schema: "qa",
                table: "submissions",
                column: "QaReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checklist_results_RoundId_Item",
                schema: "qa",
                table: "checklist_results",
                columns: new[] { "RoundId", "Item" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "checklist_results",
                schema: "qa");

            migrationBuilder.DropIndex(
                name: "IX_submissions_QaReference",
                schema: "qa",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "QaReference",
                schema: "qa",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "QualityAssuredOn",
                schema: "qa",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "ChecklistVersion",
                schema: "qa",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                schema: "qa",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                schema: "qa",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "Outcome",
                schema: "qa",
                table: "rounds");

            migrationBuilder.DropColumn(
                name: "OutcomeReason",
                schema: "qa",
                table: "rounds");

            migrationBuilder.DropSequence(
                name: "qa_reference_numbers",
                schema: "qa");
        }
    }
}

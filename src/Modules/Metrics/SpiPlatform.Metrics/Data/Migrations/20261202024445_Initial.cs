using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Metrics.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "metrics");

            migrationBuilder.CreateTable(
                name: "agreements",
                schema: "metrics",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ServiceArea = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Regions = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements", x => x.AgreementId);
                });

            migrationBuilder.CreateTable(
                name: "handled_events",
                schema: "metrics",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_handled_events", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "signatures",
                schema: "metrics",
                columns: table => new
                {
                    SignatureId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Areas = table.Column<string[]>(type: "text[]", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signatures", x => x.SignatureId);
                });

            migrationBuilder.CreateTable(
                name: "agreement_partners",
                schema: "metrics",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Members = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_partners", x => new { x.AgreementId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_agreement_partners_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "metrics",
                        principalTable: "agreements",
                        principalColumn: "AgreementId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agreement_status_history",
                schema: "metrics",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    On = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_status_history", x => new { x.AgreementId, x.Position });
                    table.ForeignKey(
                        name: "FK_agreement_status_history_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "metrics",
                        principalTable: "agreements",
                        principalColumn: "AgreementId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_partners_OrganisationId",
                schema: "metrics",
                table: "agreement_partners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_signatures_OrganisationId",
                schema: "metrics",
                table: "signatures",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_partners",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "agreement_status_history",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "handled_events",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "signatures",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "agreements",
                schema: "metrics");
        }
    }
}

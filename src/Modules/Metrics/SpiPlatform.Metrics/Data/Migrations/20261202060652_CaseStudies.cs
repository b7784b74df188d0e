using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Metrics.Data.Migrations
{
    /// <inheritdoc />
    internal partial class CaseStudies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_studies",
                schema: "metrics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Area_Cy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Area_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Background_Cy = table.Column<string>(type: "text", nullable: true),
                    Background_En = table.Column<string>(type: "text", nullable: false),
                    Benefits_Cy = table.Column<string>(type: "text", nullable: true),
                    Benefits_En = table.Column<string>(type: "text", nullable: false),
                    HowInformationIsShared_Cy = table.Column<string>(type: "text", nullable: true),
                    HowInformationIsShared_En = table.Column<string>(type: "text", nullable: false),
                    HowTheIspWasDeveloped_Cy = table.Column<string>(type: "text", nullable: true),
                    HowTheIspWasDeveloped_En = table.Column<string>(type: "text", nullable: false),
                    Summary_Cy = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    Summary_En = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Title_Cy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Title_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_studies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "case_study_key_messages",
                schema: "metrics",
                columns: table => new
                {
                    CaseStudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Message_Cy = table.Column<string>(type: "text", nullable: true),
                    Message_En = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_study_key_messages", x => new { x.CaseStudyId, x.Position });
                    table.ForeignKey(
                        name: "FK_case_study_key_messages_case_studies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalSchema: "metrics",
                        principalTable: "case_studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_study_partners",
                schema: "metrics",
                columns: table => new
                {
                    CaseStudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name_Cy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Name_En = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_study_partners", x => new { x.CaseStudyId, x.Position });
                    table.ForeignKey(
                        name: "FK_case_study_partners_case_studies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalSchema: "metrics",
                        principalTable: "case_studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_study_quotes",
                schema: "metrics",
                columns: table => new
                {
                    CaseStudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    AttributedTo_Cy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AttributedTo_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Words_Cy = table.Column<string>(type: "text", nullable: true),
                    Words_En = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_study_quotes", x => new { x.CaseStudyId, x.Position });
                    table.ForeignKey(
                        name: "FK_case_study_quotes_case_studies_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalSchema: "metrics",
                        principalTable: "case_studies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_studies_AgreementId",
                schema: "metrics",
                table: "case_studies",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_case_studies_Slug",
                schema: "metrics",
                table: "case_studies",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_study_key_messages",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "case_study_partners",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "case_study_quotes",
                schema: "metrics");

            migrationBuilder.DropTable(
                name: "case_studies",
                schema: "metrics");
        }
    }
}

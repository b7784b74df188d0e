using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Training.Data.Migrations
{
    /// <inheritdoc />
    internal partial class FacilitatorRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "facilitators",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Areas = table.Column<int[]>(type: "integer[]", nullable: false),
                    Languages = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Availability = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AvailabilityNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    QualifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FromCourseCompletion = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facilitators", x => x.Id);
                    table.CheckConstraint("ck_facilitators_has_area", "cardinality(\"Areas\") >= 1");
                });

            migrationBuilder.CreateIndex(
                name: "IX_facilitators_Areas",
                schema: "training",
                table: "facilitators",
                column: "Areas")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ux_facilitators_email",
                schema: "training",
                table: "facilitators",
                column: "Email",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "facilitators",
                schema: "training");
        }
    }
}

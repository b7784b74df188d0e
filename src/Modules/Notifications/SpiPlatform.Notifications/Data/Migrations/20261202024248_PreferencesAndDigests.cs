using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Notifications.Data.Migrations
{
    /// <inheritdoc />
    internal partial class PreferencesAndDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DigestId",
                schema: "notifications",
                table: "notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "delivery_preferences",
                schema: "notifications",
                columns: table => new
                {
                    RecipientEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Delivery = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_preferences", x => new { x.RecipientEmail, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "digests",
                schema: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    Cadence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemCount = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_digests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_digests_once_per_period",
                schema: "notifications",
                table: "digests",
                columns: new[] { "RecipientEmail", "Cadence", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_preferences",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "digests",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "DigestId",
                schema: "notifications",
                table: "notifications");
        }
    }
}

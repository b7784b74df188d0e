using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Notifications.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "notifications");

            migrationBuilder.CreateTable(
                name: "notifications",
                schema: "notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Offset = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecipientEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    RecipientLanguage = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    SubjectLabelEn = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SubjectLabelCy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Link = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MailStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    MailAttempts = table.Column<int>(type: "integer", nullable: false),
                    NextMailAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MailSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastMailError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_MailStatus_NextMailAttemptAt",
                schema: "notifications",
                table: "notifications",
                columns: new[] { "MailStatus", "NextMailAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientEmail_ReadAt",
                schema: "notifications",
                table: "notifications",
                columns: new[] { "RecipientEmail", "ReadAt" });

            migrationBuilder.CreateIndex(
                name: "ux_notifications_once_per_reminder",
                schema: "notifications",
                table: "notifications",
                columns: new[] { "Kind", "Offset", "SubjectId", "DueOn", "RecipientEmail" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notifications",
                schema: "notifications");
        }
    }
}

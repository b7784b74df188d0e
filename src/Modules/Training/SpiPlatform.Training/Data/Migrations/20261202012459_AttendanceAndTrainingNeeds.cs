using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Training.Data.Migrations
{
    /// <inheritdoc />
    internal partial class AttendanceAndTrainingNeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Attended",
                schema: "training",
                table: "enrolments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "OrganisationId",
                schema: "training",
                table: "enrolments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "completions",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_completions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_completions_courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "training",
                        principalTable: "courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_completions_enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalSchema: "training",
                        principalTable: "enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_completions_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "jsonb", nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "training_needs",
                schema: "training",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedByEventId = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    PlannedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MetByCompletionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_training_needs", x => x.Id);
                    table.CheckConstraint("ck_training_needs_cancel_reason", "\"Status\" <> 'Cancelled' OR \"CancelReason\" IS NOT NULL");
                    table.ForeignKey(
                        name: "FK_training_needs_courses_CourseId",
                        column: x => x.CourseId,
                        principalSchema: "training",
                        principalTable: "courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_training_needs_sessions_SessionId",
                        column: x => x.SessionId,
                        principalSchema: "training",
                        principalTable: "sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_completions_CourseId",
                schema: "training",
                table: "completions",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_completions_OrganisationId_CourseId",
                schema: "training",
                table: "completions",
                columns: new[] { "OrganisationId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_completions_SessionId",
                schema: "training",
                table: "completions",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "ux_completions_enrolment",
                schema: "training",
                table: "completions",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OccurredAt",
                schema: "training",
                table: "outbox_messages",
                column: "OccurredAt",
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_training_needs_CourseId",
                schema: "training",
                table: "training_needs",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_training_needs_OrganisationId_CourseId",
                schema: "training",
                table: "training_needs",
                columns: new[] { "OrganisationId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_training_needs_SessionId",
                schema: "training",
                table: "training_needs",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "ux_training_needs_event",
                schema: "training",
                table: "training_needs",
                columns: new[] { "RaisedByEventId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_training_needs_live",
                schema: "training",
                table: "training_needs",
                columns: new[] { "AgreementId", "OrganisationId", "CourseId" },
                unique: true,
                filter: "\"Status\" <> 'Cancelled'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "completions",
                schema: "training");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "training");

            migrationBuilder.DropTable(
                name: "training_needs",
                schema: "training");

            migrationBuilder.DropColumn(
                name: "Attended",
                schema: "training",
                table: "enrolments");

            migrationBuilder.DropColumn(
                name: "OrganisationId",
                schema: "training",
                table: "enrolments");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.QualityAssurance.Data.Migrations
{
    /// <inheritdoc />
    internal partial class ReviewCommentsAndSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CoordinatorId",
                schema: "qa",
                table: "submissions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<bool>(
                name: "IsLead",
                schema: "qa",
                table: "group_members",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "comments",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundNumber = table.Column<int>(type: "integer", nullable: false),
                    ReplyToId = table.Column<Guid>(type: "uuid", nullable: true),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    AuthorOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Item = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_comments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_comments_comments_ReplyToId",
                        column: x => x.ReplyToId,
                        principalSchema: "qa",
                        principalTable: "comments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_comments_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "qa",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sign_off_rights",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignatoryRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GrantedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    GrantedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_off_rights", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sign_offs",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundNumber = table.Column<int>(type: "integer", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DecidedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SignatoryRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sign_offs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_sign_offs_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "qa",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_CoordinatorId_State",
                schema: "qa",
                table: "submissions",
                columns: new[] { "CoordinatorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_comments_ReplyToId",
                schema: "qa",
                table: "comments",
                column: "ReplyToId");

            migrationBuilder.CreateIndex(
                name: "IX_comments_SubmissionId_At",
                schema: "qa",
                table: "comments",
                columns: new[] { "SubmissionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_off_rights_Email",
                schema: "qa",
                table: "sign_off_rights",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_sign_off_rights_OrganisationId_Email",
                schema: "qa",
                table: "sign_off_rights",
                columns: new[] { "OrganisationId", "Email" },
                unique: true,
                filter: "\"RevokedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_sign_offs_OrganisationId_State",
                schema: "qa",
                table: "sign_offs",
                columns: new[] { "OrganisationId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_sign_offs_SubmissionId_RoundNumber_OrganisationId",
                schema: "qa",
                table: "sign_offs",
                columns: new[] { "SubmissionId", "RoundNumber", "OrganisationId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "comments",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "sign_off_rights",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "sign_offs",
                schema: "qa");

            migrationBuilder.DropIndex(
                name: "IX_submissions_CoordinatorId_State",
                schema: "qa",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "CoordinatorId",
                schema: "qa",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "IsLead",
                schema: "qa",
                table: "group_members");
        }
    }
}

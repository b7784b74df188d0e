using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SpiPlatform.QualityAssurance.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "qa");

            migrationBuilder.CreateTable(
                name: "groups",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameCy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsNational = table.Column<bool>(type: "boolean", nullable: false),
                    Areas = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "group_members",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_group_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_group_members_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "qa",
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    GroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ClaimedByName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submissions_groups_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "qa",
                        principalTable: "groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rounds",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AgreementVersion = table.Column<int>(type: "integer", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rounds_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "qa",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_events",
                schema: "qa",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submission_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_submission_events_submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalSchema: "qa",
                        principalTable: "submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "qa",
                table: "groups",
                columns: new[] { "Id", "Areas", "Code", "IsNational", "NameCy", "NameEn" },
                values: new object[,]
                {
                    { new Guid("0f2282a8-03a7-1d9a-2d4c-3d71c19acd40"), new[] { "IsleOfAnglesey", "Gwynedd", "Conwy", "Denbighshire", "Flintshire", "Wrexham" }, "north-wales", false, "Gogledd Cymru", "North Wales" },
                    { new Guid("1b3ff95e-6bfe-cd00-9f21-3f9217359de1"), new[] { "BlaenauGwent", "Caerphilly", "Monmouthshire", "Newport", "Torfaen" }, "south-east-wales", false, "De-ddwyrain Cymru", "South East Wales" },
                    { new Guid("72524575-82c2-3d63-7415-f9cfa7fa9a28"), new[] { "Ceredigion", "Powys", "Carmarthenshire", "Pembrokeshire", "Swansea", "NeathPortTalbot" }, "mid-and-west-wales", false, "Canolbarth a Gorllewin Cymru", "Mid and West Wales" },
                    { new Guid("cb4de01e-812f-956c-d9ac-b9c221bec8ec"), new string[0], "national-waspi-team", true, "Tîm cenedlaethol WASPI", "National WASPI team" },
                    { new Guid("ee73ebfa-bb27-1755-95e2-6fe64dd9bcd8"), new[] { "Cardiff", "ValeOfGlamorgan", "Bridgend", "RhonddaCynonTaf", "MerthyrTydfil" }, "south-central-wales", false, "Canol De Cymru", "South Central Wales" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_group_members_Email",
                schema: "qa",
                table: "group_members",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_group_members_GroupId_Email",
                schema: "qa",
                table: "group_members",
                columns: new[] { "GroupId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_groups_Code",
                schema: "qa",
                table: "groups",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rounds_EventId",
                schema: "qa",
                table: "rounds",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rounds_SubmissionId_AgreementVersion",
                schema: "qa",
                table: "rounds",
                columns: new[] { "SubmissionId", "AgreementVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rounds_SubmissionId_Number",
                schema: "qa",
                table: "rounds",
                columns: new[] { "SubmissionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submission_events_SubmissionId_At",
                schema: "qa",
                table: "submission_events",
                columns: new[] { "SubmissionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_submissions_AgreementId",
                schema: "qa",
                table: "submissions",
                column: "AgreementId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submissions_GroupId_State_OpenedAt",
                schema: "qa",
                table: "submissions",
                columns: new[] { "GroupId", "State", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "group_members",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "rounds",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "submission_events",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "submissions",
                schema: "qa");

            migrationBuilder.DropTable(
                name: "groups",
                schema: "qa");
        }
    }
}

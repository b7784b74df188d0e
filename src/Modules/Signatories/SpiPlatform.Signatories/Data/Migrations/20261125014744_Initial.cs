using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpiPlatform.Signatories.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "signatories");

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "signatories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NameCy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Areas = table.Column<string[]>(type: "text[]", nullable: false),
                    OdsCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    CharityNumber = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    CompanyNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    IcoNumber = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    AddressLine1 = table.Column<string>(type: "text", nullable: true),
                    AddressLine2 = table.Column<string>(type: "text", nullable: true),
                    Town = table.Column<string>(type: "text", nullable: true),
                    Postcode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DesignatedPersonName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DesignatedPersonRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DesignatedPersonEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    DesignatedPersonPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LeadOrganisationId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_organisations_organisations_LeadOrganisationId",
                        column: x => x.LeadOrganisationId,
                        principalSchema: "signatories",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "signatories",
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
                name: "history",
                schema: "signatories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Before = table.Column<string>(type: "jsonb", nullable: true),
                    After = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_history_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "signatories",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "signatures",
                schema: "signatories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationVersion = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SignedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedByRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RenewalDueOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_signatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_signatures_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalSchema: "signatories",
                        principalTable: "organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_history_OrganisationId_At",
                schema: "signatories",
                table: "history",
                columns: new[] { "OrganisationId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_CharityNumber",
                schema: "signatories",
                table: "organisations",
                column: "CharityNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisations_CompanyNumber",
                schema: "signatories",
                table: "organisations",
                column: "CompanyNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisations_IcoNumber",
                schema: "signatories",
                table: "organisations",
                column: "IcoNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisations_LeadOrganisationId",
                schema: "signatories",
                table: "organisations",
                column: "LeadOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_OdsCode",
                schema: "signatories",
                table: "organisations",
                column: "OdsCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Sector",
                schema: "signatories",
                table: "organisations",
                column: "Sector");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Status",
                schema: "signatories",
                table: "organisations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OccurredAt",
                schema: "signatories",
                table: "outbox_messages",
                column: "OccurredAt",
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_signatures_one_current",
                schema: "signatories",
                table: "signatures",
                column: "OrganisationId",
                unique: true,
                filter: "\"Status\" IN ('Pending', 'Active')");

            migrationBuilder.CreateIndex(
                name: "IX_signatures_Status",
                schema: "signatories",
                table: "signatures",
                column: "Status");

            // Typo-tolerant name search (word_similarity) ignores accents; both extensions are trusted, so the owner may create them.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("CREATE INDEX ix_organisations_names_trgm ON signatories.organisations USING gin (lower(\"NameEn\") gin_trgm_ops, lower(\"NameCy\") gin_trgm_ops);");

            // The history is append-only: the database itself refuses to change or delete an entry.
            migrationBuilder.Sql("""
                CREATE FUNCTION signatories.refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'signatories.history is append-only: % refused', TG_OP;
                END $$;
                CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON signatories.history
                    FOR EACH ROW EXECUTE FUNCTION signatories.refuse_history_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "history",
                schema: "signatories");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "signatories");

            migrationBuilder.DropTable(
                name: "signatures",
                schema: "signatories");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "signatories");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "protocols");

            migrationBuilder.CreateSequence<int>(
                name: "agreement_numbers",
                schema: "protocols",
                startValue: 100L);

            migrationBuilder.CreateTable(
                name: "agreements",
                schema: "protocols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    TitleEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleCy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SummaryEn = table.Column<string>(type: "text", nullable: false),
                    SummaryCy = table.Column<string>(type: "text", nullable: false),
                    Purpose = table.Column<string>(type: "text", nullable: false),
                    ServiceArea = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Regions = table.Column<string[]>(type: "text[]", nullable: false),
                    CoordinatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceUsers = table.Column<string>(type: "text", nullable: false),
                    DataCategories = table.Column<string[]>(type: "text[]", nullable: false),
                    ConsentRequired = table.Column<bool>(type: "boolean", nullable: false),
                    Gateways = table.Column<string[]>(type: "text[]", nullable: false),
                    OtherLegalBasis = table.Column<string>(type: "text", nullable: true),
                    ConsentHowObtained = table.Column<string>(type: "text", nullable: true),
                    ConsentReviewInterval = table.Column<string>(type: "text", nullable: true),
                    ConsentOverrideCriteria = table.Column<string>(type: "text", nullable: true),
                    SecurityNotes = table.Column<string>(type: "text", nullable: true),
                    RetentionNotes = table.Column<string>(type: "text", nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "date", nullable: false),
                    DpiaReference = table.Column<string>(type: "text", nullable: true),
                    DpiaStatus = table.Column<string>(type: "text", nullable: true),
                    DevelopmentStarted = table.Column<DateOnly>(type: "date", nullable: true),
                    PractitionerHours = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    LiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DerivedFromId = table.Column<Guid>(type: "uuid", nullable: true),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    PartnerSectors = table.Column<string[]>(type: "text[]", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agreements_agreements_DerivedFromId",
                        column: x => x.DerivedFromId,
                        principalSchema: "protocols",
                        principalTable: "agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "protocols",
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
                name: "agreement_partners",
                schema: "protocols",
                columns: table => new
                {
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_partners", x => new { x.AgreementId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_agreement_partners_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "protocols",
                        principalTable: "agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "flows",
                schema: "protocols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CustomStage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FromOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Data = table.Column<string[]>(type: "text[]", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Frequency = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_flows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_flows_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "protocols",
                        principalTable: "agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "versions",
                schema: "protocols",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Snapshot = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_versions_agreements_AgreementId",
                        column: x => x.AgreementId,
                        principalSchema: "protocols",
                        principalTable: "agreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_partners_OrganisationId",
                schema: "protocols",
                table: "agreement_partners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_CoordinatorId",
                schema: "protocols",
                table: "agreements",
                column: "CoordinatorId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_DerivedFromId",
                schema: "protocols",
                table: "agreements",
                column: "DerivedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_agreements_Reference",
                schema: "protocols",
                table: "agreements",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_agreements_Status",
                schema: "protocols",
                table: "agreements",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_flows_AgreementId",
                schema: "protocols",
                table: "flows",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_OccurredAt",
                schema: "protocols",
                table: "outbox_messages",
                column: "OccurredAt",
                filter: "\"DispatchedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_versions_AgreementId_Number",
                schema: "protocols",
                table: "versions",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

            // Full-text search: English stemming for English text; Welsh has no PostgreSQL stemmer, so 'simple' without accents.
            // unaccent() is not immutable, so generated columns use an immutable wrapper bound to the unaccent dictionary.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE FUNCTION protocols.immutable_unaccent(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                ALTER TABLE protocols.agreements ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('english', coalesce("TitleEn", '')), 'A') ||
                    setweight(to_tsvector('english', coalesce("SummaryEn", '') || ' ' || coalesce("Purpose", '')), 'B') ||
                    setweight(to_tsvector('english', coalesce("SearchText", '')), 'C')) STORED;
                ALTER TABLE protocols.agreements ADD COLUMN "WelshVector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', protocols.immutable_unaccent(coalesce("TitleCy", ''))), 'A') ||
                    setweight(to_tsvector('simple', protocols.immutable_unaccent(coalesce("SummaryCy", ''))), 'B')) STORED;
                CREATE INDEX ix_agreements_search ON protocols.agreements USING gin ("SearchVector");
                CREATE INDEX ix_agreements_welsh ON protocols.agreements USING gin ("WelshVector");
                CREATE INDEX ix_agreements_titles_trgm ON protocols.agreements USING gin (lower("TitleEn") gin_trgm_ops, lower("TitleCy") gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_partners",
                schema: "protocols");

            migrationBuilder.DropTable(
                name: "flows",
                schema: "protocols");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "protocols");

            migrationBuilder.DropTable(
                name: "versions",
                schema: "protocols");

            migrationBuilder.DropTable(
                name: "agreements",
                schema: "protocols");

            migrationBuilder.DropSequence(
                name: "agreement_numbers",
                schema: "protocols");
        }
    }
}

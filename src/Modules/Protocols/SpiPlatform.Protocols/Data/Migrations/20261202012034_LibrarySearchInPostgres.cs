using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <inheritdoc />
    internal partial class LibrarySearchInPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_synonyms",
                schema: "protocols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Concept = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_synonyms", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreements_UpdatedAt",
                schema: "protocols",
                table: "agreements",
                column: "UpdatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_search_synonyms_Concept_Term",
                schema: "protocols",
                table: "search_synonyms",
                columns: new[] { "Concept", "Term" },
                unique: true);

            // The library's first page with no words is in title order: an index walks it without sorting every agreement.
            // The vocabulary for "Did you mean": every word of a public agreement's text, unaccented, kept by a trigger.
            // A rule, not a unique key, makes a repeated word a no-op, so any plain INSERT (the test snapshot's) is safe too.
            migrationBuilder.Sql("""
                CREATE INDEX ix_agreements_title_order ON protocols.agreements ((lower("TitleEn") COLLATE "C"), "Id");
                CREATE TABLE protocols.search_words (word text NOT NULL);
                CREATE INDEX ix_search_words_word ON protocols.search_words (word);
                CREATE INDEX ix_search_words_trgm ON protocols.search_words USING gin (word gin_trgm_ops);
                CREATE RULE search_words_once AS ON INSERT TO protocols.search_words
                    WHERE EXISTS (SELECT 1 FROM protocols.search_words w WHERE w.word = NEW.word) DO INSTEAD NOTHING;
                CREATE FUNCTION protocols.agreement_words(a protocols.agreements) RETURNS SETOF text
                    LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    SELECT DISTINCT w FROM unnest(tsvector_to_array(to_tsvector('simple', protocols.immutable_unaccent(lower(concat_ws(' ',
                        a."TitleEn", a."SummaryEn", a."Purpose", a."TitleCy", a."SummaryCy", a."SearchText")))))) w
                    WHERE length(w) >= 4 AND w ~ '^[a-z]+$' $$;
                CREATE FUNCTION protocols.remember_agreement_words() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW."Status" IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview') THEN
                        INSERT INTO protocols.search_words (word) SELECT protocols.agreement_words(NEW);
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER agreements_remember_words AFTER INSERT OR UPDATE ON protocols.agreements
                    FOR EACH ROW EXECUTE FUNCTION protocols.remember_agreement_words();
                INSERT INTO protocols.search_words (word)
                    SELECT DISTINCT w FROM protocols.agreements a, protocols.agreement_words(a) w
                    WHERE a."Status" IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER agreements_remember_words ON protocols.agreements;
                DROP FUNCTION protocols.remember_agreement_words();
                DROP FUNCTION protocols.agreement_words(protocols.agreements);
                DROP TABLE protocols.search_words;
                DROP INDEX protocols.ix_agreements_title_order;
                """);
            migrationBuilder.DropTable(
                name: "search_synonyms",
                schema: "protocols");

            migrationBuilder.DropIndex(
                name: "IX_agreements_UpdatedAt",
                schema: "protocols",
                table: "agreements");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <summary>
    /// A thesaurus term is unique within its concept ignoring case and accents ("Pobl Hyn" is "pobl hŷn"), as the search
    /// compares them; the programme team now edits the table, so the database, not only the handler, refuses a twin.
    /// </summary>
    internal partial class ThesaurusTermsUniqueIgnoringCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_search_synonyms_Concept_Term",
                schema: "protocols",
                table: "search_synonyms");
            migrationBuilder.Sql("""
                CREATE UNIQUE INDEX ix_search_synonyms_concept_term
                    ON protocols.search_synonyms ("Concept", (protocols.immutable_unaccent(lower("Term"))));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX protocols.ix_search_synonyms_concept_term;");
            migrationBuilder.CreateIndex(
                name: "IX_search_synonyms_Concept_Term",
                schema: "protocols",
                table: "search_synonyms",
                columns: new[] { "Concept", "Term" },
                unique: true);
        }
    }
}

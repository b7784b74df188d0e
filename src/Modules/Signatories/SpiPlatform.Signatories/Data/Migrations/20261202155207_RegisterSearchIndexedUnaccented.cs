using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Signatories.Data.Migrations
{
    /// <inheritdoc />
    internal partial class RegisterSearchIndexedUnaccented : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The register search matches unaccented lower-case names (word similarity <% and LIKE); the index must hold
            // the same expression to answer it. unaccent() is not immutable, so an immutable wrapper bound to the
            // unaccent dictionary (the shape protocols.immutable_unaccent has), kept in this module's schema.
            migrationBuilder.Sql("""
                CREATE FUNCTION signatories.immutable_unaccent(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                CREATE INDEX ix_organisations_unaccented_names_trgm ON signatories.organisations USING gin (
                    signatories.immutable_unaccent(lower("NameEn")) gin_trgm_ops,
                    signatories.immutable_unaccent(lower("NameCy")) gin_trgm_ops);
                DROP INDEX signatories.ix_organisations_names_trgm;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_organisations_names_trgm ON signatories.organisations USING gin (lower("NameEn") gin_trgm_ops, lower("NameCy") gin_trgm_ops);
                DROP INDEX signatories.ix_organisations_unaccented_names_trgm;
                DROP FUNCTION signatories.immutable_unaccent(text);
                """);
        }
    }
}

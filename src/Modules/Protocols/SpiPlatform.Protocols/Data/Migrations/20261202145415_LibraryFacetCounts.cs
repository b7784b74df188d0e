using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpiPlatform.Protocols.Data.Migrations
{
    /// <summary>
    /// The unfiltered library's facet counts kept by the database (ADR 0022): every change to an agreement appends its
    /// facet values with -1 (before) and +1 (after) to an insert-only table, so writers never wait on one another and
    /// the counts are right in the same transaction; a job folds the rows into one per value.
    /// </summary>
    internal partial class LibraryFacetCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE protocols.library_facet_counts (
                    "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    visibility text NOT NULL,
                    part text NOT NULL,
                    value text NOT NULL,
                    n integer NOT NULL);
                CREATE INDEX ix_library_facet_counts_visibility ON protocols.library_facet_counts (visibility) INCLUDE (part, value, n);

                -- The values an agreement counts for: its facets, and 'total'. Keep in step with LibraryFacetsSql.Over.
                CREATE FUNCTION protocols.library_facet_values(a protocols.agreements) RETURNS TABLE (part text, value text)
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT 'total', ''
                    UNION ALL SELECT 'kind', a."Kind"
                    UNION ALL SELECT 'status', a."Status"
                    UNION ALL SELECT 'service', a."ServiceArea"
                    UNION ALL SELECT 'sector', v FROM unnest(a."PartnerSectors") v
                    UNION ALL SELECT 'region', v FROM unnest(a."Regions") v
                    UNION ALL SELECT 'data', v FROM unnest(a."DataCategories") v
                    UNION ALL SELECT 'gateway', v FROM unnest(a."Gateways") v
                    UNION ALL SELECT 'basis', 'CONSENT' WHERE a."ConsentRequired"
                    UNION ALL SELECT 'basis', 'OTHER' WHERE a."OtherLegalBasis" IS NOT NULL
                    UNION ALL SELECT 'review', 'LAPSED' WHERE a."ReviewLapsedFor" = a."ReviewDue"
                $$;

                -- Who sees an agreement in the library without filters: everyone who may read all, and the public when its
                -- status is public (ProtocolsAccess.PublicStatuses, ADR 0006).
                CREATE FUNCTION protocols.library_visibilities(status text) RETURNS SETOF text
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT 'all'
                    UNION ALL SELECT 'public' WHERE status IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview')
                $$;

                CREATE FUNCTION protocols.count_library_facets() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    -- A bulk load (the bench generator, a test's restore) turns this off and rebuilds the counts after.
                    IF current_setting('spi.bulk_load', true) = 'on' THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP <> 'INSERT' THEN
                        INSERT INTO protocols.library_facet_counts (visibility, part, value, n)
                        SELECT v, f.part, f.value, -1 FROM protocols.library_visibilities(OLD."Status") v, protocols.library_facet_values(OLD) f;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO protocols.library_facet_counts (visibility, part, value, n)
                        SELECT v, f.part, f.value, 1 FROM protocols.library_visibilities(NEW."Status") v, protocols.library_facet_values(NEW) f;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER agreements_count_facets AFTER INSERT OR DELETE ON protocols.agreements
                    FOR EACH ROW EXECUTE FUNCTION protocols.count_library_facets();
                CREATE TRIGGER agreements_count_facets_changed AFTER UPDATE ON protocols.agreements
                    FOR EACH ROW WHEN ((OLD."Kind", OLD."Status", OLD."ServiceArea", OLD."PartnerSectors", OLD."Regions", OLD."DataCategories",
                                        OLD."Gateways", OLD."ConsentRequired", OLD."OtherLegalBasis" IS NULL, OLD."ReviewLapsedFor", OLD."ReviewDue")
                           IS DISTINCT FROM (NEW."Kind", NEW."Status", NEW."ServiceArea", NEW."PartnerSectors", NEW."Regions", NEW."DataCategories",
                                        NEW."Gateways", NEW."ConsentRequired", NEW."OtherLegalBasis" IS NULL, NEW."ReviewLapsedFor", NEW."ReviewDue"))
                    EXECUTE FUNCTION protocols.count_library_facets();

                -- Folds the rows into one per (visibility, part, value). Rows appended meanwhile are not in this statement's
                -- snapshot, so they stay; a reader sees either the rows before or the folded ones, with the same sums.
                CREATE FUNCTION protocols.compact_library_facet_counts() RETURNS integer
                LANGUAGE sql AS $$
                    WITH gone AS (DELETE FROM protocols.library_facet_counts RETURNING visibility, part, value, n),
                    folded AS (INSERT INTO protocols.library_facet_counts (visibility, part, value, n)
                               SELECT visibility, part, value, sum(n) FROM gone GROUP BY 1, 2, 3 HAVING sum(n) <> 0 RETURNING 1)
                    SELECT (SELECT count(*) FROM gone)::integer
                $$;

                -- Counts every agreement afresh: after a bulk load, or to repair.
                CREATE FUNCTION protocols.rebuild_library_facet_counts() RETURNS void
                LANGUAGE sql AS $$
                    DELETE FROM protocols.library_facet_counts;
                    INSERT INTO protocols.library_facet_counts (visibility, part, value, n)
                    SELECT v, f.part, f.value, count(*) FROM protocols.agreements a,
                        protocols.library_visibilities(a."Status") v, protocols.library_facet_values(a) f
                    GROUP BY 1, 2, 3;
                $$;

                SELECT protocols.rebuild_library_facet_counts();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER agreements_count_facets_changed ON protocols.agreements;
                DROP TRIGGER agreements_count_facets ON protocols.agreements;
                DROP FUNCTION protocols.rebuild_library_facet_counts();
                DROP FUNCTION protocols.compact_library_facet_counts();
                DROP FUNCTION protocols.count_library_facets();
                DROP FUNCTION protocols.library_visibilities(text);
                DROP FUNCTION protocols.library_facet_values(protocols.agreements);
                DROP TABLE protocols.library_facet_counts;
                """);
        }
    }
}

-- EXPLAIN ANALYZE of the library search before and after ADR 0010, as an anonymous reader sees it.
--   ops/pg psql -d bench_search -v q=consent < bench/sql/explain-library.sql
-- "Before" is the SQL the old LibrarySearch ran: every match, read into the app to filter, count and sort there.
-- "After" is what LibrarySearch now sends for the same question (see LibrarySearch.MatchAsync and TextMatch).
\set ON_ERROR_STOP on
\if :{?q}
\else
  \set q consent
\endif
\echo '== before: every match of' :'q'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF)
SELECT a."Id", a."Kind", a."Status", a."ServiceArea", a."Regions", a."DataCategories", a."Gateways",
       a."ConsentRequired", a."OtherLegalBasis", a."PartnerSectors", a."TitleEn",
       ts_rank_cd(a."SearchVector", websearch_to_tsquery('english', :'q'))
         + ts_rank_cd(a."WelshVector", websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q'))) AS rank
FROM protocols.agreements a
WHERE a."Status" = ANY('{QualityAssured,AwaitingSignOff,Live,UnderReview}')
  AND (a."SearchVector" @@ websearch_to_tsquery('english', :'q')
       OR a."WelshVector" @@ websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q')));

\echo '== after: page, total and facets of' :'q' 'over at most 1,001 candidates'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF)
WITH c AS MATERIALIZED (
    SELECT a."Id", (ts_rank_cd(a."SearchVector", (websearch_to_tsquery('english', :'q'))) + ts_rank_cd(a."WelshVector", (websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q')))))::float8 AS rank
    FROM protocols.agreements a
    WHERE a."Status" = ANY('{QualityAssured,AwaitingSignOff,Live,UnderReview}')
      AND (a."SearchVector" @@ (websearch_to_tsquery('english', :'q')) OR a."WelshVector" @@ (websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q'))))
    ORDER BY a."UpdatedAt" DESC, a."Id" LIMIT 1001),
r AS MATERIALIZED (
    SELECT a."Id", a."Kind", a."Status", a."ServiceArea", a."Regions", a."DataCategories", a."Gateways", a."ConsentRequired",
           a."OtherLegalBasis", a."PartnerSectors", c.rank,
           lower(a."TitleEn") COLLATE "C" AS title
    FROM c JOIN protocols.agreements a ON a."Id" = c."Id"),
m AS MATERIALIZED (SELECT r.*, row_number() OVER (ORDER BY rank DESC, title, "Id") AS ord FROM r)
SELECT 'page'::text AS part, NULL::text AS value, ord::int AS n, "Id" AS id, rank FROM m WHERE ord > 0 AND ord <= 20
UNION ALL SELECT 'total', NULL, count(*)::int, NULL, NULL FROM m
UNION ALL SELECT 'kind', "Kind"::text, count(*)::int, NULL, NULL FROM m GROUP BY 2
UNION ALL SELECT 'status', "Status"::text, count(*)::int, NULL, NULL FROM m GROUP BY 2
UNION ALL SELECT 'service', "ServiceArea"::text, count(*)::int, NULL, NULL FROM m GROUP BY 2
UNION ALL SELECT 'sector', v, count(*)::int, NULL, NULL FROM m, unnest("PartnerSectors") v GROUP BY 2
UNION ALL SELECT 'region', v, count(*)::int, NULL, NULL FROM m, unnest("Regions") v GROUP BY 2
UNION ALL SELECT 'data', v, count(*)::int, NULL, NULL FROM m, unnest("DataCategories") v GROUP BY 2
UNION ALL SELECT 'gateway', v, count(*)::int, NULL, NULL FROM m, unnest("Gateways") v GROUP BY 2
UNION ALL SELECT 'basis', 'CONSENT', count(*)::int, NULL, NULL FROM m WHERE "ConsentRequired" HAVING count(*) > 0
UNION ALL SELECT 'basis', 'OTHER', count(*)::int, NULL, NULL FROM m WHERE "OtherLegalBasis" IS NOT NULL HAVING count(*) > 0;

\echo '== after, above the cap: the estimate'
EXPLAIN (FORMAT JSON) SELECT 1 FROM protocols.agreements a
WHERE a."Status" = ANY('{QualityAssured,AwaitingSignOff,Live,UnderReview}')
  AND (a."SearchVector" @@ (websearch_to_tsquery('english', :'q')) OR a."WelshVector" @@ (websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q'))));
\echo '== exact count, for comparison with the estimate'
SELECT count(*) FROM protocols.agreements a
WHERE a."Status" = ANY('{QualityAssured,AwaitingSignOff,Live,UnderReview}')
  AND (a."SearchVector" @@ (websearch_to_tsquery('english', :'q')) OR a."WelshVector" @@ (websearch_to_tsquery('simple', protocols.immutable_unaccent(:'q'))));

\echo '== after, no words: the first page in title order (the counts are cached)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, TIMING OFF)
SELECT a."Id" FROM protocols.agreements a WHERE a."Status" = ANY('{QualityAssured,AwaitingSignOff,Live,UnderReview}')
ORDER BY lower(a."TitleEn") COLLATE "C", a."Id" OFFSET 0 LIMIT 20;

-- Multiplies the demo agreements into a scratch database for EXPLAIN ANALYZE of the library search (ADR 0010).
-- Not the benchmark generator (./ops/bench, issue 13): a quick, repeatable stand-in of realistic rows.
--
--   ops/pg createdb bench_search            # then migrate and seed it once by starting the app against it
--   ops/pg psql -d bench_search -v n=200000 -f bench/sql/synthetic-agreements.sql
--
-- Each copy takes a demo agreement's text, partners, data and legal basis, and varies the title (topic and place),
-- the service area, the regions, the status (mostly Live), the kind and the last change. setseed makes it repeatable.
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 200000
\endif
SELECT setseed(0.13);

ALTER TABLE protocols.agreements DISABLE TRIGGER agreements_remember_words;

CREATE TEMP TABLE template AS
  SELECT row_number() OVER (ORDER BY "Reference") - 1 AS t, a.* FROM protocols.agreements a WHERE "Reference" LIKE 'ISP-20%';

CREATE TEMP TABLE topics (i int, en text, cy text, area text);
INSERT INTO topics VALUES
  (0, 'Domestic Abuse Referrals', 'Atgyfeiriadau Cam-drin Domestig', 'DomesticAbuse'),
  (1, 'Youth Offending Service', 'Gwasanaeth Troseddau Ieuenctid', 'CommunitySafety'),
  (2, 'Mental Health Crisis Care', 'Gofal Argyfwng Iechyd Meddwl', 'MentalHealth'),
  (3, 'Hospital Discharge', 'Rhyddhau o''r Ysbyty', 'IntegratedHealthAndSocialCare'),
  (4, 'School Attendance', 'Presenoldeb yn yr Ysgol', 'Education'),
  (5, 'Substance Misuse', 'Camddefnyddio Sylweddau', 'CommunitySafety'),
  (6, 'Housing Support', 'Cymorth Tai', 'Housing'),
  (7, 'Early Years', 'Blynyddoedd Cynnar', 'ChildrenAndFamilies'),
  (8, 'Frailty and Falls', 'Eiddilwch a Chwympiadau', 'IntegratedHealthAndSocialCare'),
  (9, 'Adult Safeguarding', 'Diogelu Oedolion', 'AdultSafeguarding'),
  (10, 'Child Protection', 'Amddiffyn Plant', 'ChildrenAndFamilies'),
  (11, 'Carers Support', 'Cymorth i Ofalwyr', 'IntegratedHealthAndSocialCare'),
  (12, 'Dementia Care', 'Gofal Dementia', 'IntegratedHealthAndSocialCare'),
  (13, 'Homelessness Prevention', 'Atal Digartrefedd', 'Housing'),
  (14, 'Multi-Agency Public Protection', 'Diogelu''r Cyhoedd Amlasiantaethol', 'PublicProtection'),
  (15, 'Flying Start', 'Dechrau''n Deg', 'ChildrenAndFamilies');

CREATE TEMP TABLE places (i int, en text, cy text, region text);
INSERT INTO places VALUES
  (0, 'Cardiff', 'Caerdydd', 'Cardiff'), (1, 'Swansea', 'Abertawe', 'Swansea'), (2, 'Newport', 'Casnewydd', 'Newport'),
  (3, 'Wrexham', 'Wrecsam', 'Wrexham'), (4, 'Gwynedd', 'Gwynedd', 'Gwynedd'), (5, 'Powys', 'Powys', 'Powys'),
  (6, 'Torfaen', 'Torfaen', 'Torfaen'), (7, 'Caerphilly', 'Caerffili', 'Caerphilly'), (8, 'Bridgend', 'Pen-y-bont ar Ogwr', 'Bridgend'),
  (9, 'Conwy', 'Conwy', 'Conwy'), (10, 'Ceredigion', 'Ceredigion', 'Ceredigion'), (11, 'Flintshire', 'Sir y Fflint', 'Flintshire');

CREATE TEMP TABLE copies AS
  SELECT i, gen_random_uuid() AS id, (random() * 5)::int AS t, (random() * 15)::int AS topic, (random() * 11)::int AS place,
         random() AS s, random() AS k, (random() * 3000)::int AS age
  FROM generate_series(1, :n) i;

INSERT INTO protocols.agreements (
    "Id", "Reference", "Kind", "TitleEn", "TitleCy", "SummaryEn", "SummaryCy", "Purpose", "ServiceArea", "Regions",
    "CoordinatorId", "ServiceUsers", "DataCategories", "ConsentRequired", "Gateways", "OtherLegalBasis", "ConsentHowObtained",
    "ConsentReviewInterval", "ConsentOverrideCriteria", "SecurityNotes", "RetentionNotes", "ReviewDue", "DpiaReference", "DpiaStatus",
    "DevelopmentStarted", "PractitionerHours", "Status", "LiveOn", "DerivedFromId", "SearchText", "PartnerSectors", "Version",
    "CreatedAt", "CreatedBy", "UpdatedAt")
SELECT c.id, 'SYN-' || lpad(c.i::text, 7, '0'), CASE WHEN c.k < 0.9 THEN 'Isp' ELSE 'Dda' END,
       tp.en || ' ' || pl.en || ' Information Sharing Protocol', 'Protocol Rhannu Gwybodaeth ' || tp.cy || ' ' || pl.cy,
       tp.en || ' in ' || pl.en || '. ' || a."SummaryEn", tp.cy || ' yn ' || pl.cy || '. ' || a."SummaryCy", a."Purpose",
       tp.area, ARRAY[pl.region], a."CoordinatorId", a."ServiceUsers", a."DataCategories", a."ConsentRequired", a."Gateways",
       a."OtherLegalBasis", a."ConsentHowObtained", a."ConsentReviewInterval", a."ConsentOverrideCriteria", a."SecurityNotes",
       a."RetentionNotes", a."ReviewDue", a."DpiaReference", a."DpiaStatus", a."DevelopmentStarted", a."PractitionerHours",
       CASE WHEN c.s < 0.70 THEN 'Live' WHEN c.s < 0.80 THEN 'UnderReview' WHEN c.s < 0.90 THEN 'Draft'
            WHEN c.s < 0.95 THEN 'InQualityAssurance' ELSE 'AwaitingSignOff' END,
       a."LiveOn", NULL, a."SearchText", a."PartnerSectors", 1,
       now() - make_interval(days => c.age), 'system:synthetic', now() - make_interval(days => c.age)
FROM copies c JOIN template a ON a.t = c.t JOIN topics tp ON tp.i = c.topic JOIN places pl ON pl.i = c.place;

INSERT INTO protocols.agreement_partners ("AgreementId", "OrganisationId", "Role")
SELECT c.id, p."OrganisationId", p."Role" FROM copies c JOIN template a ON a.t = c.t JOIN protocols.agreement_partners p ON p."AgreementId" = a."Id";

ALTER TABLE protocols.agreements ENABLE TRIGGER agreements_remember_words;
INSERT INTO protocols.search_words (word)
  SELECT DISTINCT w FROM protocols.agreements a, protocols.agreement_words(a) w
  WHERE a."Status" IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview')
    AND NOT EXISTS (SELECT 1 FROM protocols.search_words s WHERE s.word = w);
VACUUM ANALYZE protocols.agreements;
VACUUM ANALYZE protocols.agreement_partners;
VACUUM ANALYZE protocols.search_words;
SELECT count(*) AS agreements FROM protocols.agreements;

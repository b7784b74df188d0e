using System.Diagnostics;
using Npgsql;

namespace SpiPlatform.Bench;

/// <summary>
/// The later modules' records for the generated organisations and agreements, each written set-based (INSERT … SELECT)
/// from what is already in the database, so a step can also run alone on a generated database
/// (<c>generate &lt;scale&gt; --modules qa,metrics</c>). Ids come from md5 of the row's source, so a rerun writes the same
/// rows; each step first removes the rows it wrote before. The Metrics read model is copied from the QA and Signatories
/// rows, so it runs last (and should be rerun after either of them).
/// </summary>
internal static class ModuleGenerator
{
    public const string Actor = "system:bench";
    private const string Reviewer = "staff:bench.reviewer@bench.invalid";
    private const string ReviewerName = "Bench QA reviewer";
    // The generator's "now" (AgreementGenerator's Now), so the rows do not depend on the day they are generated.
    private const string Now = "timestamptz '2026-12-01 00:00:00+00'";
    private const string GeneratedAgreements = $"""SELECT "Id" FROM protocols.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'""";
    private const string GeneratedOrganisations = $"""SELECT "Id" FROM signatories.organisations WHERE "Website" LIKE '{OrganisationGenerator.WebsitePrefix}%'""";

    /// <summary>The steps in the order they run (a later one reads what an earlier one wrote).</summary>
    public static readonly IReadOnlyList<string> All = ["training", "signatories", "qa", "metrics"];

    public static IReadOnlyList<string> Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return All;
        }
        var asked = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant()).ToList();
        var unknown = asked.Except(All).ToList();
        return unknown.Count > 0
            ? throw new ArgumentException($"unknown module(s) {string.Join(", ", unknown)}: use {string.Join(", ", All)}")
            : [.. All.Where(asked.Contains)];
    }

    /// <summary>Removes the rows the steps wrote before, the read model first (it is found through the rows it copies).</summary>
    public static async Task RemoveAsync(NpgsqlConnection connection, IReadOnlyList<string> modules, CancellationToken ct)
    {
        foreach (var module in modules.Reverse())
        {
            foreach (var sql in Removal(module))
            {
                await ExecuteAsync(connection, sql, ct);
            }
        }
    }

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<string> modules, TextWriter output, CancellationToken ct)
    {
        foreach (var module in modules)
        {
            var steps = module switch
            {
                "training" => Training,
                "signatories" => Signatories,
                "qa" => QualityAssurance,
                _ => Metrics,
            };
            if (module == "qa")
            {
                await ExecuteAsync(connection, QaPath, ct);
            }
            foreach (var (what, sql) in steps)
            {
                await StepAsync(connection, what, sql, output, ct);
            }
            if (module == "qa")
            {
                await ExecuteAsync(connection, "DROP TABLE bench_qa_path", ct);
            }
        }
    }

    public static IEnumerable<string> Tables(IReadOnlyList<string> modules) => modules.SelectMany(m => m switch
    {
        "training" => ["training.training_needs"],
        "signatories" => ["signatories.signatures"],
        "qa" => ["qa.submissions", "qa.rounds", "qa.checklist_results", "qa.submission_events", "qa.sign_offs"],
        _ => new[] { "metrics.agreements", "metrics.agreement_partners", "metrics.agreement_status_history", "metrics.qa_rounds", "metrics.qa_stays", "metrics.signatures" },
    });

    private static IEnumerable<string> Removal(string module) => module switch
    {
        "training" => [$"""DELETE FROM training.training_needs WHERE "RaisedBy" = '{Actor}'"""],
        "signatories" => [$"""DELETE FROM signatories.signatures WHERE "CreatedBy" = '{Actor}'"""],
        "qa" => [$"""DELETE FROM qa.submissions WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'"""],
        _ =>
        [
            $"""DELETE FROM metrics.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'""",
            $"""DELETE FROM metrics.qa_rounds WHERE "AgreementId" IN ({GeneratedAgreements})""",
            $"""DELETE FROM metrics.qa_stays WHERE "AgreementId" IN ({GeneratedAgreements})""",
            $"""DELETE FROM metrics.signatures WHERE "OrganisationId" IN ({GeneratedOrganisations})""",
        ],
    };

    private static async Task StepAsync(NpgsqlConnection connection, string what, string sql, TextWriter output, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var rows = await ExecuteAsync(connection, sql, ct);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        output.WriteLine($"  {what}: {rows:N0} rows, {rows / seconds:N0} rows/s, {seconds:F1} s");
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Each partner of a live generated agreement needs the first course (as Training raises needs from live agreements, ADR 0007).</summary>
    private static readonly (string, string)[] Training =
    [
        ("training needs (one per partner of each live agreement)",
            $"""
            INSERT INTO training.training_needs ("Id", "AgreementId", "OrganisationId", "CourseId", "Status", "RaisedAt", "RaisedBy")
            SELECT md5(p."AgreementId"::text || p."OrganisationId"::text)::uuid, p."AgreementId", p."OrganisationId", c."Id", 'Identified',
                   a."LiveOn"::timestamp AT TIME ZONE 'UTC', '{Actor}'
            FROM protocols.agreements a
            JOIN protocols.agreement_partners p ON p."AgreementId" = a."Id"
            CROSS JOIN (SELECT "Id" FROM training.courses ORDER BY "Id" LIMIT 1) c
            WHERE a."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%' AND a."Status" = 'Live'
            """),
    ];

    /// <summary>One Accord signature per generated organisation that has signed (the organisation's status is the signature's).</summary>
    private static readonly (string, string)[] Signatories =
    [
        ("Accord signatures", $"""
            INSERT INTO signatories.signatures ("Id", "OrganisationId", "DeclarationVersion", "SignedByName", "SignedByRole", "SignedOn", "Status",
                "CreatedAt", "CreatedBy", "DecidedAt", "DecidedBy", "Reason", "RenewalDueOn")
            SELECT md5('bench-signature:' || o."Id")::uuid, o."Id", '4.0', o."DesignatedPersonName",
                   CASE WHEN o."Sector" IN ('HealthBoard', 'Police') THEN 'Chief Executive Officer' ELSE 'Chief Executive' END,
                   coalesce(o."SignedOn", o."RegisteredAt"::date), o."Status", o."RegisteredAt", '{Actor}',
                   CASE WHEN o."Status" <> 'Pending' THEN o."RegisteredAt" + interval '3 days' END,
                   CASE WHEN o."Status" <> 'Pending' THEN '{Actor}' END,
                   CASE o."Status" WHEN 'Rejected' THEN 'The signatory named is not the organisation''s chief executive.'
                                   WHEN 'Withdrawn' THEN 'The organisation no longer shares personal information with partners.' END,
                   coalesce(o."SignedOn", o."RegisteredAt"::date) + interval '3 years'
            FROM signatories.organisations o
            WHERE o."Website" LIKE '{OrganisationGenerator.WebsitePrefix}%' AND o."Status" IN ('Active', 'Pending', 'Lapsed', 'Withdrawn', 'Rejected')
            """),
    ];

    /// <summary>
    /// The QA path of every generated agreement whose status says it went through QA (and a third of the drafts, returned):
    /// its state, one round or (a quarter of them) two, the group its coordinator's areas route it to (QaRegions), and
    /// the moments of each step. An open submission was opened in the last 40 days; a decided, not yet live one 50–200
    /// days ago; a live one's steps spread between its first version and its go-live date.
    /// </summary>
    private const string QaPath = $"""
        CREATE TEMP TABLE bench_qa_path AS
        WITH a AS (
          SELECT a."Id", a."Reference", a."Status", a."CoordinatorId", a."Version", a."CreatedAt", a."LiveOn", abs(hashtext(a."Id"::text)) AS h,
                 CASE a."Status" WHEN 'Draft' THEN NULL WHEN 'InQualityAssurance' THEN NULL WHEN 'QualityAssured' THEN 'QualityAssured'
                                 WHEN 'AwaitingSignOff' THEN 'AwaitingSignOff' ELSE 'SignedOff' END AS decided_state
          FROM protocols.agreements a WHERE a."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'
        ), s AS (
          SELECT a.*,
                 CASE WHEN a."Status" = 'InQualityAssurance' THEN CASE WHEN a.h % 2 = 0 THEN 'Waiting' ELSE 'InReview' END
                      WHEN a."Status" = 'Draft' THEN CASE WHEN a.h % 3 = 0 THEN 'Returned' END
                      ELSE a.decided_state END AS state,
                 CASE WHEN a."Status" = 'Live' OR a."LiveOn" IS NOT NULL THEN a."CreatedAt" + interval '20 days'
                      WHEN a."Status" = 'InQualityAssurance' THEN greatest(a."CreatedAt" + interval '1 day', {Now} - (a.h % 40 + 1) * interval '1 day')
                      ELSE greatest(a."CreatedAt" + interval '1 day', {Now} - (a.h % 150 + 50) * interval '1 day') END AS opened,
                 CASE WHEN a."LiveOn" IS NOT NULL THEN (a."LiveOn"::timestamp AT TIME ZONE 'UTC') + interval '12 hours' ELSE {Now} END AS finish
          FROM a
        ), p AS (
          SELECT s.*, md5('bench-qa-submission:' || s."Id")::uuid AS submission_id,
                 CASE WHEN s.state <> 'Returned' AND s."Version" >= 2 AND s.h % 4 = 1 THEN 2 ELSE 1 END AS rounds,
                 s.state NOT IN ('Waiting', 'InReview') AS decided
          FROM s WHERE s.state IS NOT NULL
        )
        SELECT p.*, coalesce(
                 (SELECT g."Id" FROM qa.groups g WHERE NOT g."IsNational" AND cardinality(o."Areas") > 0 AND o."Areas" <@ g."Areas" LIMIT 1),
                 (SELECT g."Id" FROM qa.groups g WHERE g."IsNational" LIMIT 1)) AS group_id,
               p.opened + (p.finish - p.opened) * (CASE p.rounds WHEN 2 THEN 0.3 ELSE 0.5 END) AS r1_decided,
               p.opened + (p.finish - p.opened) * 0.45 AS r2_submitted,
               CASE WHEN p.decided THEN p.opened + (p.finish - p.opened) * (CASE p.rounds WHEN 2 THEN 0.7 ELSE 0.5 END) END AS last_decided,
               CASE WHEN p.rounds = 2 THEN p.opened + (p.finish - p.opened) * 0.45 ELSE p.opened END AS last_submitted
        FROM p LEFT JOIN signatories.organisations o ON o."Id" = p."CoordinatorId"
        """;

    private const string Reason = "Set the retention period for case records, say how often consent is reviewed, and confirm that every partner is a current Accord signatory before resubmitting.";

    private static readonly (string, string)[] QualityAssurance =
    [
        ("QA submissions", $"""
            INSERT INTO qa.submissions ("Id", "AgreementId", "Reference", "GroupId", "State", "OpenedAt", "ClaimedBy", "ClaimedByName", "ClaimedAt",
                "Version", "QaReference", "QualityAssuredOn", "CoordinatorId")
            SELECT submission_id, "Id", "Reference", group_id, state, opened,
                   CASE WHEN state <> 'Waiting' THEN '{Reviewer}' END, CASE WHEN state <> 'Waiting' THEN '{ReviewerName}' END,
                   CASE WHEN state <> 'Waiting' THEN last_submitted + (finish - opened) * 0.02 END,
                   rounds * 3, CASE WHEN decided AND state <> 'Returned' THEN 'QA-' || "Reference" END,
                   CASE WHEN decided AND state <> 'Returned' THEN last_decided::date END, "CoordinatorId"
            FROM bench_qa_path
            """),
        ("QA rounds", $"""
            INSERT INTO qa.rounds ("Id", "SubmissionId", "Number", "AgreementVersion", "EventId", "SubmittedAt", "ChecklistVersion", "DecidedAt", "DecidedBy",
                "Outcome", "OutcomeReason")
            SELECT md5('bench-qa-round:' || submission_id || ':' || n)::uuid, submission_id, n, n, md5('bench-qa-round-event:' || submission_id || ':' || n)::uuid,
                   CASE n WHEN 1 THEN opened ELSE r2_submitted END, '2026-1', d.at, CASE WHEN d.at IS NOT NULL THEN '{Reviewer}' END,
                   CASE WHEN n < rounds OR state = 'Returned' THEN 'Returned' WHEN decided THEN 'QualityAssured' END,
                   CASE WHEN n < rounds OR state = 'Returned' THEN '{Reason}' END
            FROM bench_qa_path, generate_series(1, rounds) n,
                 LATERAL (SELECT CASE WHEN n < rounds THEN r1_decided ELSE last_decided END AS at) d
            """),
        // Every item of a decided round (three not met when it was returned); the first few of a round still in review.
        ("QA checklist results", $"""
            INSERT INTO qa.checklist_results ("Id", "RoundId", "Item", "Result", "Comment", "RecordedBy", "RecordedAt")
            SELECT md5('bench-qa-checklist:' || r."Id" || ':' || i.item)::uuid, r."Id", i.item,
                   CASE WHEN r."Outcome" = 'Returned' AND i.item IN ('retention', 'consent', 'partners') THEN 'NotMet' ELSE 'Met' END,
                   CASE WHEN r."Outcome" = 'Returned' AND i.item IN ('retention', 'consent', 'partners') THEN 'See the feedback.' END,
                   '{Reviewer}', coalesce(r."DecidedAt" - interval '2 hours', r."SubmittedAt" + interval '1 day')
            FROM bench_qa_path p
            JOIN qa.rounds r ON r."SubmissionId" = p.submission_id
            CROSS JOIN (VALUES (1, 'purpose'), (2, 'partners'), (3, 'lawful-basis'), (4, 'minimisation'), (5, 'consent'), (6, 'security'),
                               (7, 'retention'), (8, 'review-date'), (9, 'waspi-template')) i(position, item)
            WHERE r."DecidedAt" IS NOT NULL OR (p.state = 'InReview' AND i.position <= p.h % 9)
            """),
        ("QA submission events", $"""
            INSERT INTO qa.submission_events ("Id", "SubmissionId", "At", "Actor", "From", "To", "Reason")
            SELECT md5('bench-qa-event:' || p.submission_id || ':' || e.step)::uuid, p.submission_id, e.at, e.actor, e.from_state, e.to_state, e.reason
            FROM bench_qa_path p, LATERAL (VALUES
                ('opened', p.opened, 'system:protocols', NULL, 'Waiting', 'Submitted as version 1', true),
                ('claimed-1', p.opened + (p.finish - p.opened) * 0.02, '{Reviewer}', 'Waiting', 'InReview', 'Claimed', p.rounds = 2 OR p.state <> 'Waiting'),
                ('returned-1', p.r1_decided, '{Reviewer}', 'InReview', 'Returned', '{Reason}', p.rounds = 2),
                ('resubmitted', p.r2_submitted, 'system:protocols', 'Returned', 'Waiting', 'Submitted as version 2', p.rounds = 2),
                ('claimed-2', p.r2_submitted + (p.finish - p.opened) * 0.02, '{Reviewer}', 'Waiting', 'InReview', 'Claimed', p.rounds = 2 AND p.state <> 'Waiting'),
                ('decided', p.last_decided, '{Reviewer}', 'InReview', CASE p.state WHEN 'Returned' THEN 'Returned' ELSE 'QualityAssured' END,
                    CASE p.state WHEN 'Returned' THEN '{Reason}' ELSE 'Approved as QA-' || p."Reference" END, p.decided),
                ('sign-off', p.last_decided + interval '1 second', '{Reviewer}', 'QualityAssured', 'AwaitingSignOff', 'Sent to every partner for sign-off',
                    p.state IN ('AwaitingSignOff', 'SignedOff')),
                ('live', p.finish, '{Actor}', 'AwaitingSignOff', 'SignedOff', 'Signed off by every partner', p.state = 'SignedOff')
              ) e(step, at, actor, from_state, to_state, reason, happened)
            WHERE e.happened
            """),
        // Every partner of a round sent for sign-off: all signed when live; while awaiting, about 60 % so far.
        ("QA partner sign-offs", $"""
            INSERT INTO qa.sign_offs ("Id", "SubmissionId", "RoundNumber", "OrganisationId", "State", "RequestedAt", "DecidedAt", "DecidedBy", "Version")
            SELECT md5('bench-qa-sign-off:' || p.submission_id || ':' || ap."OrganisationId")::uuid, p.submission_id, p.rounds, ap."OrganisationId", s.state,
                   p.last_decided + interval '1 second',
                   CASE s.state WHEN 'Signed' THEN p.last_decided + (p.finish - p.last_decided) * (s.h % 100 / 100.0) END,
                   CASE s.state WHEN 'Signed' THEN '{Actor}' END, 0
            FROM bench_qa_path p
            JOIN protocols.agreement_partners ap ON ap."AgreementId" = p."Id",
            LATERAL (SELECT abs(hashtext(p.submission_id::text || ap."OrganisationId"::text)) AS h) hh,
            LATERAL (SELECT hh.h, CASE WHEN p.state = 'SignedOff' OR hh.h % 10 < 6 THEN 'Signed' ELSE 'Pending' END AS state) s
            WHERE p.state IN ('AwaitingSignOff', 'SignedOff')
            """),
    ];

    /// <summary>The Metrics read model, as its back-fill would copy it from the contracts (MetricsBackfill), for the generated rows.</summary>
    private static readonly (string, string)[] Metrics =
    [
        ("metrics agreements", $"""
            INSERT INTO metrics.agreements ("AgreementId", "Reference", "Kind", "ServiceArea", "Status", "Regions", "ReviewDue")
            SELECT "Id", "Reference", "Kind", "ServiceArea", "Status", "Regions", "ReviewDue"
            FROM protocols.agreements WHERE "Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'
            """),
        ("metrics agreement partners", $"""
            INSERT INTO metrics.agreement_partners ("AgreementId", "OrganisationId", "Members")
            SELECT p."AgreementId", p."OrganisationId", 1
            FROM protocols.agreement_partners p JOIN protocols.agreements a ON a."Id" = p."AgreementId"
            WHERE a."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'
            """),
        // Draft from the start; then each status as QA's events moved it (a returned round sends it back to Draft), then
        // live, and any later status a year or so on.
        ("metrics agreement status history", $"""
            INSERT INTO metrics.agreement_status_history ("AgreementId", "Position", "Status", "On", "ReviewDue")
            SELECT h."Id", row_number() OVER (PARTITION BY h."Id" ORDER BY h.ord) - 1, h.status, h.on_day, CASE WHEN h.ord > 0 THEN h."ReviewDue" END
            FROM (
              SELECT a."Id", a."ReviewDue", e.ord, e.status, e.on_day
              FROM protocols.agreements a
              LEFT JOIN qa.submissions s ON s."AgreementId" = a."Id"
              LEFT JOIN LATERAL (SELECT min(r."DecidedAt") FILTER (WHERE r."Outcome" = 'Returned') AS returned_at,
                                        max(r."SubmittedAt") FILTER (WHERE r."Number" = 2) AS resubmitted_at,
                                        max(r."DecidedAt") FILTER (WHERE r."Outcome" = 'QualityAssured') AS approved_at
                                 FROM qa.rounds r WHERE r."SubmissionId" = s."Id") r ON true,
              LATERAL (VALUES
                  (0, 'Draft', a."CreatedAt"::date, true),
                  (1, 'InQualityAssurance', s."OpenedAt"::date, s."Id" IS NOT NULL),
                  (2, 'Draft', r.returned_at::date, r.returned_at IS NOT NULL),
                  (3, 'InQualityAssurance', r.resubmitted_at::date, r.resubmitted_at IS NOT NULL),
                  (4, 'QualityAssured', r.approved_at::date, r.approved_at IS NOT NULL),
                  (5, 'AwaitingSignOff', r.approved_at::date, r.approved_at IS NOT NULL AND a."Status" <> 'QualityAssured'),
                  (6, 'Live', a."LiveOn", a."LiveOn" IS NOT NULL),
                  (7, a."Status", least(({Now})::date, a."LiveOn" + 30 + abs(hashtext(a."Id"::text)) % 700), a."Status" IN ('UnderReview', 'Superseded', 'Withdrawn'))
                ) e(ord, status, on_day, happened)
              WHERE a."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%' AND e.happened
            ) h
            """),
        // QA's own turnaround figures, copied: working days about five in seven of the days taken (or elapsed), target 20.
        ("metrics QA rounds", $"""
            INSERT INTO metrics.qa_rounds ("AgreementId", "Round", "SubmittedOn", "DecidedOn", "Outcome", "WorkingDays", "TargetWorkingDays", "MetTarget")
            SELECT s."AgreementId", r."Number", r."SubmittedAt"::date, r."DecidedAt"::date, r."Outcome", w.days, 20, CASE WHEN r."DecidedAt" IS NOT NULL THEN w.days <= 20 END
            FROM qa.submissions s JOIN qa.rounds r ON r."SubmissionId" = s."Id",
            LATERAL (SELECT ((coalesce(r."DecidedAt", {Now})::date - r."SubmittedAt"::date) * 5 / 7) AS days) w
            WHERE s."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%'
            """),
        ("metrics QA stays", $"""
            INSERT INTO metrics.qa_stays ("SubmissionId", "Position", "AgreementId", "State", "EnteredOn", "LeftOn")
            SELECT e."SubmissionId", row_number() OVER w - 1, s."AgreementId", e."To", e."At"::date, (lead(e."At") OVER w)::date
            FROM qa.submission_events e JOIN qa.submissions s ON s."Id" = e."SubmissionId"
            WHERE s."Reference" LIKE '{AgreementGenerator.ReferencePrefix}%' AND e."From" IS DISTINCT FROM e."To"
            WINDOW w AS (PARTITION BY e."SubmissionId" ORDER BY e."At", e."Id")
            """),
        ("metrics signatures", $"""
            INSERT INTO metrics.signatures ("SignatureId", "OrganisationId", "Sector", "Areas", "SignedOn", "Status", "VerifiedOn", "EndedOn")
            SELECT g."Id", g."OrganisationId", o."Sector", o."Areas", g."SignedOn", g."Status",
                   CASE WHEN g."Status" IN ('Active', 'Lapsed', 'Withdrawn') THEN g."DecidedAt"::date END,
                   CASE WHEN g."Status" IN ('Lapsed', 'Withdrawn') THEN o."UpdatedAt"::date END
            FROM signatories.signatures g JOIN signatories.organisations o ON o."Id" = g."OrganisationId"
            WHERE g."CreatedBy" = '{Actor}'
            """),
    ];
}

using System.Text;
using Npgsql;

namespace SpiPlatform.Bench;

/// <summary>One kind of request of the mix: how often it is picked, the HTTP request, the SQL that is its database floor, and who sends it.</summary>
internal sealed record Operation(string Name, int Weight, string Description, Func<Random, HttpRequestMessage> Request, Func<Random, NpgsqlCommand> Floor,
    Reader Reader = Reader.Anonymous);

/// <summary>The fixed, documented mix (docs/performance.md lists it). Weights are out of 100.</summary>
internal static class Mix
{
    // Statuses anyone may see in the library (ADR 0010: public statuses).
    private const string Public = "('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview')";

    private static readonly string[] SelectiveQueries = ["dementia wrexham", "flying start cardiff", "youth offending swansea", "homelessness newport", "carers support conwy", "eiddilwch"];
    private static readonly string[] Prefixes = ["safeg", "demen", "housi", "child", "menta", "domes"];
    private static readonly string[] Towns = ["cardiff", "swansea", "wrexham", "bangor", "newport", "mold", "barry", "rhyl"];

    private const string GraphQl = """{"query":"{ agreements(first: 10) { totalCount items { reference titleEn partners { role organisation { nameEn } } } } }"}""";

    // The evaluators' main read: a year of QA figures (the dashboard's QA panel asks the same figures).
    private const string GraphQlMetrics = """{"query":"{ metrics { qualityAssurance { from to submissions { period value } turnaroundMedian { period value count } slaBreaches { period value } } } }"}""";

    public static IReadOnlyList<Operation> Build(IReadOnlyList<string> references) =>
    [
        new("library: selective words", 14, "/library?q= two rare words (topic + place), or one Welsh word",
            r => Get($"/library?q={Uri.EscapeDataString(Pick(r, SelectiveQueries))}"), r => RankedSearch(Pick(r, SelectiveQueries), null)),
        new("library: broad word", 9, "/library?q=health (most agreements match)", _ => Get("/library?q=health"), _ => RankedSearch("health", null)),
        new("library: empty query", 9, "/library (no words, no facet: counts kept by the database)", _ => Get("/library"), _ => TitleOrder(null)),
        new("library: word + facet", 9, "/library?q=health&service=MentalHealth", _ => Get("/library?q=health&service=MentalHealth"), _ => RankedSearch("health", "MentalHealth")),
        new("library: facet only", 5, "/library?service=Housing", _ => Get("/library?service=Housing"), _ => TitleOrder("Housing")),
        new("typeahead", 14, "/library?handler=Suggest&q= a five-letter prefix", r => Get($"/library?handler=Suggest&q={Pick(r, Prefixes)}"), r => Typeahead(Pick(r, Prefixes))),
        new("agreement page", 14, "/library/{reference} of a random public generated agreement", r => Get($"/library/{Pick(r, references)}"), r => AgreementPage(Pick(r, references))),
        new("register search", 9, "/signatories?q= a town", r => Get($"/signatories?q={Pick(r, Towns)}"), r => Register(Pick(r, Towns))),
        new("graphql agreements", 4, "POST /graphql agreements(first: 10) with partners and their organisations", _ => Post("/graphql", GraphQl), _ => TitleOrder(null, withPartners: true)),
        new("training sessions", 3, "/training (sessions list)", _ => Get("/training"), _ => Sql("""SELECT * FROM training.sessions ORDER BY 1 LIMIT 50""")),
        new("qa queue", 10, "/qa signed in as the demo QA reviewer (South East Wales and the national team): open submissions, oldest 100",
            _ => Get("/qa"), _ => QaQueue(), Reader.QaReviewer),
    ];

    /// <summary>
    /// The dashboard and GraphQL metrics, out of the mix until the Metrics figures are computed in SQL: today they load
    /// every read-model agreement into the app (10–20 s a request at small; CI's run timed out on them). See docs/performance.md.
    /// </summary>
    public static IReadOnlyList<Operation> WaitingForMetricsInSql =>
    [
        new("dashboard", 3, "/dashboard signed in as the demo programme team member (the current year's tiles and charts)",
            _ => Get("/dashboard"), _ => MetricsReadModel(qa: true, signatures: true), Reader.ProgrammeTeam),
        new("graphql metrics", 2, "POST /graphql metrics { qualityAssurance } with the demo evaluator client's bearer token (client credentials)",
            _ => Post("/graphql", GraphQlMetrics), _ => MetricsReadModel(qa: true, signatures: false), Reader.EvaluatorClient),
    ];

    private static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, string json) => new(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>The core of the library's words query: the 1,000 most recently changed matches ranked, the top 20 returned (facets not included).</summary>
    private static NpgsqlCommand RankedSearch(string words, string? serviceArea)
    {
        var command = Sql($"""
            SELECT "Reference" FROM (
              SELECT "Reference", "TitleEn", ts_rank_cd("SearchVector", q) + ts_rank_cd("WelshVector", qc) AS rank
              FROM protocols.agreements, plainto_tsquery('english', @words) q, plainto_tsquery('simple', protocols.immutable_unaccent(@words)) qc
              WHERE "Status" IN {Public} AND ("SearchVector" @@ q OR "WelshVector" @@ qc) {(serviceArea is null ? "" : """AND "ServiceArea" = @area""")}
              ORDER BY "UpdatedAt" DESC LIMIT 1001) c
            ORDER BY rank DESC, lower("TitleEn") LIMIT 20
            """);
        command.Parameters.AddWithValue("words", words);
        if (serviceArea is not null)
        {
            command.Parameters.AddWithValue("area", serviceArea);
        }
        return command;
    }

    private static NpgsqlCommand TitleOrder(string? serviceArea, bool withPartners = false)
    {
        var page = $"""
            SELECT "Id", "Reference", "TitleEn" FROM protocols.agreements WHERE "Status" IN {Public} {(serviceArea is null ? "" : """AND "ServiceArea" = @area""")}
            ORDER BY {(serviceArea is null ? "lower(\"TitleEn\") COLLATE \"C\", \"Id\" LIMIT 20" : "\"UpdatedAt\" DESC, \"Id\" LIMIT 1001")}
            """;
        var command = Sql(withPartners
            ? $"""SELECT p."Reference", o."NameEn" FROM ({page}) p JOIN protocols.agreement_partners ap ON ap."AgreementId" = p."Id" JOIN signatories.organisations o ON o."Id" = ap."OrganisationId" """
            : page);
        if (serviceArea is not null)
        {
            command.Parameters.AddWithValue("area", serviceArea);
        }
        return command;
    }

    private static NpgsqlCommand Typeahead(string prefix)
    {
        var command = Sql($"""
            SELECT "Id" FROM (SELECT a."Id", a."TitleEn", a."TitleCy" FROM protocols.agreements a
                WHERE a."Status" IN {Public} AND (lower(a."TitleEn") LIKE '%' || @p || '%' OR lower(a."TitleCy") LIKE '%' || @p || '%')
                ORDER BY a."UpdatedAt" DESC LIMIT 50) c
            ORDER BY greatest(word_similarity(@p, lower("TitleEn")), word_similarity(@p, lower("TitleCy"))) DESC, "Id" LIMIT 8
            """);
        command.Parameters.AddWithValue("p", prefix);
        return command;
    }

    private static NpgsqlCommand AgreementPage(string reference)
    {
        var command = Sql("""
            SELECT a.*, (SELECT count(*) FROM protocols.flows f WHERE f."AgreementId" = a."Id"),
                   (SELECT array_agg(o."NameEn") FROM protocols.agreement_partners p JOIN signatories.organisations o ON o."Id" = p."OrganisationId" WHERE p."AgreementId" = a."Id")
            FROM protocols.agreements a WHERE a."Reference" = @r
            """);
        command.Parameters.AddWithValue("r", reference);
        return command;
    }

    private static NpgsqlCommand Register(string town)
    {
        // A plain LIKE on what the register's trigram index holds (unaccented lower-case names).
        var command = Sql("""
            SELECT "Id", "NameEn" FROM signatories.organisations
            WHERE signatories.immutable_unaccent(lower("NameEn")) LIKE '%' || @t || '%' OR signatories.immutable_unaccent(lower("NameCy")) LIKE '%' || @t || '%'
            ORDER BY "NameEn" LIMIT 25
            """);
        command.Parameters.AddWithValue("t", town);
        return command;
    }

    /// <summary>
    /// What the queue page reads (QaQueue, split queries): counts by state and the open count for the reviewer's groups,
    /// then the oldest 100 open submissions with their rounds, checklist results and events, and their agreements' titles.
    /// </summary>
    private static NpgsqlCommand QaQueue()
    {
        const string Groups = """SELECT "GroupId" FROM qa.group_members WHERE "Email" = 'qa@demo.spi.wales'""";
        const string Page = $"""
            SELECT "Id", "AgreementId" FROM qa.submissions WHERE "GroupId" IN ({Groups}) AND "State" IN ('Waiting', 'InReview')
            ORDER BY "OpenedAt", "Id" LIMIT 100
            """;
        return Sql($"""
            SELECT "State", count(*) FROM qa.submissions WHERE "GroupId" IN ({Groups}) GROUP BY "State";
            SELECT count(*) FROM qa.submissions WHERE "GroupId" IN ({Groups}) AND "State" IN ('Waiting', 'InReview');
            SELECT s.* FROM qa.submissions s WHERE s."Id" IN (SELECT "Id" FROM ({Page}) p) ORDER BY s."OpenedAt", s."Id";
            SELECT r.* FROM qa.rounds r WHERE r."SubmissionId" IN (SELECT "Id" FROM ({Page}) p);
            SELECT c.* FROM qa.checklist_results c JOIN qa.rounds r ON r."Id" = c."RoundId" WHERE r."SubmissionId" IN (SELECT "Id" FROM ({Page}) p);
            SELECT e.* FROM qa.submission_events e WHERE e."SubmissionId" IN (SELECT "Id" FROM ({Page}) p);
            SELECT a."Id", a."TitleEn", a."TitleCy" FROM protocols.agreements a WHERE a."Id" IN (SELECT "AgreementId" FROM ({Page}) p)
            """);
    }

    /// <summary>
    /// The figures are computed in the app from the whole read model (AgreementSelection, AgreementFigures, …), so the floor
    /// is reading it once: agreements with partners and status history, and the QA rounds and stays and the signatures when asked.
    /// </summary>
    private static NpgsqlCommand MetricsReadModel(bool qa, bool signatures)
        => Sql(string.Join(";\n", new[]
        {
            "SELECT * FROM metrics.agreements", "SELECT * FROM metrics.agreement_partners", "SELECT * FROM metrics.agreement_status_history",
        }.Concat(qa ? ["SELECT * FROM metrics.qa_rounds", """SELECT * FROM metrics.qa_stays WHERE "LeftOn" IS NOT NULL"""] : [])
         .Concat(signatures ? ["SELECT * FROM metrics.signatures"] : [])));

    private static NpgsqlCommand Sql(string sql) => new(sql);
}

using System.Text;
using Npgsql;

namespace SpiPlatform.Bench;

/// <summary>One kind of request of the mix: how often it is picked, the HTTP request, and the SQL that is its database floor.</summary>
internal sealed record Operation(string Name, int Weight, string Description, Func<Random, HttpRequestMessage> Request, Func<Random, NpgsqlCommand> Floor);

/// <summary>The fixed, documented mix (docs/performance.md lists it). Weights are out of 100.</summary>
internal static class Mix
{
    // Statuses anyone may see in the library (ADR 0010: public statuses).
    private const string Public = "('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview')";

    private static readonly string[] SelectiveQueries = ["dementia wrexham", "flying start cardiff", "youth offending swansea", "homelessness newport", "carers support conwy", "eiddilwch"];
    private static readonly string[] Prefixes = ["safeg", "demen", "housi", "child", "menta", "domes"];
    private static readonly string[] Towns = ["cardiff", "swansea", "wrexham", "bangor", "newport", "mold", "barry", "rhyl"];

    private const string GraphQl = """{"query":"{ agreements(first: 10) { totalCount items { reference titleEn partners { role organisation { nameEn } } } } }"}""";

    public static IReadOnlyList<Operation> Build(IReadOnlyList<string> references) =>
    [
        new("library: selective words", 15, "/library?q= two rare words (topic + place), or one Welsh word",
            r => Get($"/library?q={Uri.EscapeDataString(Pick(r, SelectiveQueries))}"), r => RankedSearch(Pick(r, SelectiveQueries), null)),
        new("library: broad word", 10, "/library?q=health (most agreements match)", _ => Get("/library?q=health"), _ => RankedSearch("health", null)),
        new("library: empty query", 10, "/library (no words, no facet: counts kept by the database)", _ => Get("/library"), _ => TitleOrder(null)),
        new("library: word + facet", 10, "/library?q=health&service=MentalHealth", _ => Get("/library?q=health&service=MentalHealth"), _ => RankedSearch("health", "MentalHealth")),
        new("library: facet only", 5, "/library?service=Housing", _ => Get("/library?service=Housing"), _ => TitleOrder("Housing")),
        new("typeahead", 15, "/library?handler=Suggest&q= a five-letter prefix", r => Get($"/library?handler=Suggest&q={Pick(r, Prefixes)}"), r => Typeahead(Pick(r, Prefixes))),
        new("agreement page", 15, "/library/{reference} of a random public generated agreement", r => Get($"/library/{Pick(r, references)}"), r => AgreementPage(Pick(r, references))),
        new("register search", 10, "/signatories?q= a town", r => Get($"/signatories?q={Pick(r, Towns)}"), r => Register(Pick(r, Towns))),
        new("graphql agreements", 5, "POST /graphql agreements(first: 10) with partners and their organisations", _ => Post("/graphql", GraphQl), _ => TitleOrder(null, withPartners: true)),
        new("training sessions", 5, "/training (sessions list)", _ => Get("/training"), _ => Sql("""SELECT * FROM training.sessions ORDER BY 1 LIMIT 50""")),
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

    private static NpgsqlCommand Sql(string sql) => new(sql);
}

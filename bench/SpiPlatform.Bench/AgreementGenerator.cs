using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace SpiPlatform.Bench;

/// <summary>
/// Writes agreements with their partners, flows and versions into the Protocols schema by binary COPY, a batch at a time
/// (each batch's agreements are copied before the rows that reference them).
/// </summary>
internal sealed class AgreementGenerator(Random random, IReadOnlyList<GeneratedOrganisation> organisations)
{
    public const string ReferencePrefix = "GEN-";
    private const int BatchSize = 5_000;

    private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<string, List<GeneratedOrganisation>> _byArea = organisations
        .SelectMany(o => o.Areas.Select(a => (a, o))).GroupBy(p => p.a).ToDictionary(g => g.Key, g => g.Select(p => p.o).ToList());
    private readonly int _topicWeight = Vocabulary.Topics.Sum(t => t.Weight);

    public long Partners { get; private set; }
    public long Flows { get; private set; }
    public long Versions { get; private set; }

    public async Task WriteAsync(NpgsqlConnection connection, int count, Progress progress, CancellationToken ct)
    {
        for (var first = 0; first < count; first += BatchSize)
        {
            var batch = Enumerable.Range(first, Math.Min(BatchSize, count - first)).Select(Compose).ToList();
            await CopyAgreementsAsync(connection, batch, ct);
            await CopyPartnersAsync(connection, batch, ct);
            await CopyFlowsAsync(connection, batch, ct);
            await CopyVersionsAsync(connection, batch, ct);
            progress.Advance(batch.Count);
        }
    }

    private GeneratedAgreement Compose(int index)
    {
        var topic = PickTopic();
        var place = Vocabulary.Places[random.Next(Vocabulary.Places.Length)];
        var kind = random.NextDouble() < 0.9 ? "Isp" : "Dda";
        var variant = random.Next(6) switch { 0 => " Pilot", 1 => " (Regional)", 2 => " Phase 2", _ => "" };
        var titleEn = kind == "Isp" ? $"{topic.En} {place.En}{variant} Information Sharing Protocol" : $"{topic.En} {place.En}{variant} Data Disclosure Agreement";
        var titleCy = kind == "Isp" ? $"Protocol Rhannu Gwybodaeth {topic.Cy} {place.Cy}" : $"Cytundeb Datgelu Data {topic.Cy} {place.Cy}";
        var other = Vocabulary.Topics[random.Next(Vocabulary.Topics.Length)];
        var summaryEn = $"{Vocabulary.Openings[random.Next(Vocabulary.Openings.Length)]} {topic.People} in {place.En}.";
        var summaryCy = $"Mae'r protocol hwn yn nodi sut mae partneriaid yn rhannu gwybodaeth am {topic.Cy.ToLowerInvariant()} yn {place.Cy}.";
        var purpose = $"{summaryEn} Sharing is needed {Vocabulary.Purposes[random.Next(Vocabulary.Purposes.Length)]} and " +
                      $"{Vocabulary.Purposes[random.Next(Vocabulary.Purposes.Length)]}. It links with the {other.En.ToLowerInvariant()} arrangements.";

        var partners = PickPartners(place.Area);
        var status = StatusOf();
        var created = Now.AddDays(-random.Next(10, 6000)).AddMinutes(random.Next(1440));
        var updated = created.AddDays(random.Next(0, Math.Max(1, (int)(Now - created).TotalDays)));
        var liveOn = status is "Live" or "UnderReview" or "Superseded" or "Withdrawn" ? DateOnly.FromDateTime(created.AddDays(random.Next(30, 200))) : (DateOnly?)null;
        var reviewDue = (liveOn ?? DateOnly.FromDateTime(created)).AddYears(random.Next(1, 4));
        var data = topic.Data.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Vocabulary.AllDataCategories[random.Next(Vocabulary.AllDataCategories.Length)]))
            .Distinct().ToArray();
        var gateways = topic.Gateways.Where(_ => random.NextDouble() < 0.85).Concat(random.NextDouble() < 0.3 ? ["DataProtectionAct1998"] : Array.Empty<string>())
            .Distinct().ToArray();
        var consent = random.NextDouble() < 0.5;
        var otherBasis = gateways.Length == 0 || random.NextDouble() < 0.2 ? "Common law duty of confidence; UK GDPR Article 6(1)(e)" : null;
        var regions = random.NextDouble() < 0.03 ? ["AllWales"] : partners.SelectMany(p => p.Organisation.Areas).Where(a => a != "AllWales")
            .Prepend(place.Area).Distinct().Take(random.Next(1, 5)).ToArray();
        var flows = Enumerable.Range(0, random.Next(2, 9)).Select(position =>
        {
            var from = partners[random.Next(partners.Count)].Organisation.Id;
            var to = partners[random.Next(partners.Count)].Organisation.Id;
            return new GeneratedFlow(OrganisationGenerator.RandomGuid(random), position, Vocabulary.Stages[Math.Min(position, Vocabulary.Stages.Length - 1)],
                from, to, data.Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(data[0]).ToArray(),
                Vocabulary.Methods[random.Next(Vocabulary.Methods.Length)], Vocabulary.Frequencies[random.Next(Vocabulary.Frequencies.Length)]);
        }).ToList();
        var searchText = string.Join(' ', new[] { Words(topic.ServiceArea), topic.People, otherBasis ?? "" }
            .Concat(partners.Select(p => $"{p.Organisation.NameEn} {p.Organisation.NameCy}"))
            .Concat(data.Select(Words)).Concat(gateways.Select(Words))
            .Concat(flows.Select(f => $"{f.Stage} {Words(f.Method)} {f.Frequency} {string.Join(' ', f.Data.Select(Words))}"))
            .Where(w => w.Length > 0));
        var version = status switch { "Draft" => 1, "InQualityAssurance" or "QualityAssured" => 2, _ => random.Next(3, 6) };
        return new GeneratedAgreement(OrganisationGenerator.RandomGuid(random), $"{ReferencePrefix}{index:D7}", kind, titleEn, titleCy, summaryEn, summaryCy,
            purpose, topic.ServiceArea, regions, partners, topic.People, data, consent, gateways, otherBasis, reviewDue, status, liveOn,
            searchText, [.. partners.Select(p => p.Organisation.Sector).Distinct()], version, created, updated, flows,
            random.Next(0, 4) == 0 ? random.Next(20, 400) : null);
    }

    private Topic PickTopic()
    {
        var roll = random.Next(_topicWeight);
        foreach (var topic in Vocabulary.Topics)
        {
            if ((roll -= topic.Weight) < 0)
            {
                return topic;
            }
        }
        return Vocabulary.Topics[^1];
    }

    private List<GeneratedPartner> PickPartners(string area)
    {
        var roll = random.NextDouble();
        var count = roll < 0.85 ? random.Next(3, 11) : roll < 0.97 ? random.Next(11, 30) : random.Next(30, 61);
        var local = _byArea.TryGetValue(area, out var l) ? l : [];
        var chosen = new Dictionary<Guid, GeneratedOrganisation>();
        for (var attempt = 0; chosen.Count < count && attempt < count * 4; attempt++)
        {
            var o = local.Count > 0 && random.NextDouble() < 0.75 ? local[random.Next(local.Count)] : organisations[random.Next(organisations.Count)];
            chosen.TryAdd(o.Id, o);
        }
        return [.. chosen.Values.Select((o, i) => new GeneratedPartner(o, i == 0 ? "Coordinator" : random.Next(8) switch
        {
            0 => "Discloser",
            1 => "Recipient",
            _ => "Partner",
        }))];
    }

    private string StatusOf() => random.NextDouble() switch
    {
        < 0.60 => "Live",
        < 0.68 => "UnderReview",
        < 0.78 => "Draft",
        < 0.83 => "InQualityAssurance",
        < 0.86 => "QualityAssured",
        < 0.90 => "AwaitingSignOff",
        < 0.96 => "Superseded",
        _ => "Withdrawn",
    };

    private static string Words(string pascal) => string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? $" {c}" : c.ToString()));

    private static async Task CopyAgreementsAsync(NpgsqlConnection connection, List<GeneratedAgreement> batch, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            """
            COPY protocols.agreements ("Id", "Reference", "Kind", "TitleEn", "TitleCy", "SummaryEn", "SummaryCy", "Purpose", "ServiceArea",
                "Regions", "CoordinatorId", "ServiceUsers", "DataCategories", "ConsentRequired", "Gateways", "OtherLegalBasis",
                "ConsentHowObtained", "SecurityNotes", "RetentionNotes", "ReviewDue", "DevelopmentStarted", "PractitionerHours", "Status",
                "LiveOn", "SearchText", "PartnerSectors", "Version", "CreatedAt", "CreatedBy", "UpdatedAt") FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var a in batch)
        {
            await w.StartRowAsync(ct);
            await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.Reference, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.Kind, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.TitleEn, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.TitleCy, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.SummaryEn, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.SummaryCy, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.Purpose, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.ServiceArea, NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.Regions, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.Partners[0].Organisation.Id, NpgsqlDbType.Uuid, ct);
            await w.WriteAsync(a.ServiceUsers, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.DataCategories, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.ConsentRequired, NpgsqlDbType.Boolean, ct);
            await w.WriteAsync(a.Gateways, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await OrganisationGenerator.WriteNullable(w, a.OtherLegalBasis, NpgsqlDbType.Text, ct);
            await OrganisationGenerator.WriteNullable(w, a.ConsentRequired ? "Written consent at the first appointment" : null, NpgsqlDbType.Text, ct);
            await w.WriteAsync("Secure email between accredited addresses; records held on access-controlled systems.", NpgsqlDbType.Text, ct);
            await w.WriteAsync("Kept for six years after the case closes, then securely destroyed.", NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.ReviewDue, NpgsqlDbType.Date, ct);
            await w.WriteAsync(DateOnly.FromDateTime(a.CreatedAt.AddDays(-30)), NpgsqlDbType.Date, ct);
            await OrganisationGenerator.WriteNullable(w, a.PractitionerHours, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(a.Status, NpgsqlDbType.Varchar, ct);
            await OrganisationGenerator.WriteNullable(w, a.LiveOn, NpgsqlDbType.Date, ct);
            await w.WriteAsync(a.SearchText, NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.PartnerSectors, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await w.WriteAsync(a.Version, NpgsqlDbType.Integer, ct);
            await w.WriteAsync(a.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await w.WriteAsync("system:bench", NpgsqlDbType.Varchar, ct);
            await w.WriteAsync(a.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
        }
        await w.CompleteAsync(ct);
    }

    private async Task CopyPartnersAsync(NpgsqlConnection connection, List<GeneratedAgreement> batch, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            """COPY protocols.agreement_partners ("AgreementId", "OrganisationId", "Role") FROM STDIN (FORMAT BINARY)""", ct);
        foreach (var a in batch)
        {
            foreach (var p in a.Partners)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.Organisation.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(p.Role, NpgsqlDbType.Varchar, ct);
                Partners++;
            }
        }
        await w.CompleteAsync(ct);
    }

    private async Task CopyFlowsAsync(NpgsqlConnection connection, List<GeneratedAgreement> batch, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            """
            COPY protocols.flows ("Id", "AgreementId", "Position", "Stage", "FromOrganisationId", "ToOrganisationId", "Data", "Method", "Frequency")
            FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var a in batch)
        {
            foreach (var f in a.Flows)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(f.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(f.Position, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(f.Stage, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(f.From, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(f.To, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(f.Data, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
                await w.WriteAsync(f.Method, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(f.Frequency, NpgsqlDbType.Varchar, ct);
                Flows++;
            }
        }
        await w.CompleteAsync(ct);
    }

    /// <summary>Versions 1..Version; each snapshot has the shape Protocols' <c>AgreementSnapshot</c> reads (camelCase, enums as names).</summary>
    private async Task CopyVersionsAsync(NpgsqlConnection connection, List<GeneratedAgreement> batch, CancellationToken ct)
    {
        await using var w = await connection.BeginBinaryImportAsync(
            """
            COPY protocols.versions ("Id", "AgreementId", "Number", "Status", "CreatedAt", "CreatedBy", "Reason", "Snapshot") FROM STDIN (FORMAT BINARY)
            """, ct);
        foreach (var a in batch)
        {
            for (var number = 1; number <= a.Version; number++)
            {
                var status = number == a.Version ? a.Status : number == 1 ? "InQualityAssurance" : "Live";
                await w.StartRowAsync(ct);
                await w.WriteAsync(OrganisationGenerator.RandomGuid(random), NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(a.Id, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(number, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(status, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(a.CreatedAt.AddDays(number * 20), NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync("system:bench", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(number == 1 ? "Submitted for quality assurance" : "Signed off by every partner", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(Snapshot(a, status), NpgsqlDbType.Jsonb, ct);
                Versions++;
            }
        }
        await w.CompleteAsync(ct);
    }

    private static string Snapshot(GeneratedAgreement a, string status) => JsonSerializer.Serialize(new
    {
        a.Kind, a.TitleEn, a.TitleCy, a.SummaryEn, a.SummaryCy, a.Purpose, a.ServiceArea, Regions = a.Regions, CoordinatorId = a.Partners[0].Organisation.Id,
        Partners = a.Partners.OrderBy(p => p.Organisation.Id).Select(p => $"{p.Organisation.Id}:{p.Role}"), a.ServiceUsers,
        DataCategories = a.DataCategories, a.ConsentRequired, Gateways = a.Gateways, a.OtherLegalBasis,
        ConsentHowObtained = (string?)null, ConsentReviewInterval = (string?)null, ConsentOverrideCriteria = (string?)null,
        SecurityNotes = (string?)null, RetentionNotes = (string?)null, a.ReviewDue, DpiaReference = (string?)null, DpiaStatus = (string?)null,
        Status = status,
        Flows = a.Flows.Select(f => new { f.Id, f.Stage, CustomStage = (string?)null, f.From, f.To, f.Data, f.Method, f.Frequency }),
    }, Json);
}

internal sealed record GeneratedPartner(GeneratedOrganisation Organisation, string Role);

internal sealed record GeneratedFlow(Guid Id, int Position, string Stage, Guid From, Guid To, string[] Data, string Method, string Frequency);

internal sealed record GeneratedAgreement(
    Guid Id, string Reference, string Kind, string TitleEn, string TitleCy, string SummaryEn, string SummaryCy, string Purpose, string ServiceArea,
    string[] Regions, List<GeneratedPartner> Partners, string ServiceUsers, string[] DataCategories, bool ConsentRequired, string[] Gateways,
    string? OtherLegalBasis, DateOnly ReviewDue, string Status, DateOnly? LiveOn, string SearchText, string[] PartnerSectors, int Version,
    DateTime CreatedAt, DateTime UpdatedAt, List<GeneratedFlow> Flows, int? PractitionerHours);

using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace SpiPlatform.Bench;

/// <summary>Writes organisations into <c>signatories.organisations</c> by binary COPY: place × body × qualifier names in both languages.</summary>
internal static class OrganisationGenerator
{
    public const string WebsitePrefix = "https://bench.invalid/org/";

    private static readonly string[] AllAreas =
    [
        "BlaenauGwent", "Bridgend", "Caerphilly", "Cardiff", "Carmarthenshire", "Ceredigion", "Conwy", "Denbighshire", "Flintshire",
        "Gwynedd", "IsleOfAnglesey", "MerthyrTydfil", "Monmouthshire", "NeathPortTalbot", "Newport", "Pembrokeshire", "Powys",
        "RhonddaCynonTaf", "Swansea", "Torfaen", "ValeOfGlamorgan", "Wrexham",
    ];

    public static List<GeneratedOrganisation> Compose(Random random, int count)
    {
        var totalWeight = Vocabulary.Bodies.Sum(b => b.Weight);
        var used = new HashSet<string>();
        var result = new List<GeneratedOrganisation>(count);
        while (result.Count < count)
        {
            var place = Vocabulary.Places[random.Next(Vocabulary.Places.Length)];
            var body = Pick(random, totalWeight);
            var qualifier = Vocabulary.Qualifiers[random.Next(Vocabulary.Qualifiers.Length)];
            var placeEn = qualifier.En.Length == 0 ? place.En : $"{qualifier.En} {place.En}";
            var placeCy = qualifier.Cy.Length == 0 ? place.Cy : $"{place.Cy} {qualifier.Cy}";
            var nameEn = string.Format(CultureInfo.InvariantCulture, body.En, placeEn);
            if (!used.Add(nameEn))
            {
                // Beyond the distinct combinations (uk scale), a branch number keeps names unique.
                nameEn = $"{nameEn} ({used.Count})";
                used.Add(nameEn);
                placeCy = $"{placeCy} ({used.Count - 1})";
            }
            var nameCy = string.Format(CultureInfo.InvariantCulture, body.Cy, placeCy);
            result.Add(new GeneratedOrganisation(RandomGuid(random), nameEn, nameCy, body.Sector, AreasOf(random, body.Sector, place.Area),
                StatusOf(random)));
        }
        return result;
    }

    public static async Task WriteAsync(NpgsqlConnection connection, IReadOnlyList<GeneratedOrganisation> organisations, Random random,
        Progress progress, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY signatories.organisations ("Id", "NameEn", "NameCy", "Sector", "Areas", "OdsCode", "CharityNumber", "IcoNumber",
                "Town", "Postcode", "Website", "DesignatedPersonName", "DesignatedPersonRole", "DesignatedPersonEmail", "Status",
                "SignedOn", "Version", "RegisteredAt", "UpdatedAt") FROM STDIN (FORMAT BINARY)
            """, ct);
        var start = new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < organisations.Count; i++)
        {
            var o = organisations[i];
            var registered = start.AddDays(random.Next(0, 6000)).AddMinutes(random.Next(0, 1440));
            var signed = o.Status is "Active" or "Lapsed" or "Withdrawn" ? DateOnly.FromDateTime(registered.AddDays(random.Next(1, 60))) : (DateOnly?)null;
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(o.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(o.NameEn, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(o.NameCy, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(o.Sector, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(o.Areas, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await WriteNullable(writer, o.Sector is "HealthBoard" or "GpPractice" ? $"BX{i:D6}" : null, NpgsqlDbType.Varchar, ct);
            await WriteNullable(writer, o.Sector == "VoluntarySector" ? $"X{i:D7}" : null, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"ZX{i:D7}", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(o.NameEn.Split(' ')[0], NpgsqlDbType.Text, ct);
            await writer.WriteAsync($"CF{random.Next(1, 99)} {random.Next(1, 9)}XX", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"{WebsitePrefix}{i}", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"Designated Person {i}", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync("Information Governance Lead", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync($"ig{i}@bench.invalid", NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(o.Status, NpgsqlDbType.Varchar, ct);
            await WriteNullable(writer, signed, NpgsqlDbType.Date, ct);
            await writer.WriteAsync(1, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(registered, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(registered.AddDays(random.Next(0, 300)), NpgsqlDbType.TimestampTz, ct);
            progress.Advance();
        }
        await writer.CompleteAsync(ct);
    }

    public static async Task WriteNullable<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(value, type, ct);
        }
    }

    public static Guid RandomGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private static (string En, string Cy, string Sector, int Weight) Pick(Random random, int totalWeight)
    {
        var roll = random.Next(totalWeight);
        foreach (var body in Vocabulary.Bodies)
        {
            if ((roll -= body.Weight) < 0)
            {
                return body;
            }
        }
        return Vocabulary.Bodies[^1];
    }

    private static string[] AreasOf(Random random, string sector, string home) => sector switch
    {
        "Government" or "Regulator" or "Ambulance" or "Probation" => ["AllWales"],
        "HealthBoard" or "Police" or "FireAndRescue" => [home, .. Enumerable.Range(0, random.Next(2, 6)).Select(_ => AllAreas[random.Next(AllAreas.Length)])
            .Where(a => a != home).Distinct()],
        _ when home == "OutsideWales" => ["OutsideWales"],
        _ => random.NextDouble() < 0.1 ? [home, AllAreas[random.Next(AllAreas.Length)]] : [home],
    };

    private static string StatusOf(Random random) => random.NextDouble() switch
    {
        < 0.85 => "Active",
        < 0.90 => "Pending",
        < 0.94 => "NotSigned",
        < 0.97 => "Lapsed",
        < 0.99 => "Withdrawn",
        _ => "Rejected",
    };
}

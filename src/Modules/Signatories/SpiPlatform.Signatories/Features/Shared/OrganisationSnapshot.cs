using System.Text.Json;
using System.Text.Json.Serialization;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>The organisation as it stood at one moment, as kept in its history.</summary>
internal static class OrganisationSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Of(Organisation o) => JsonSerializer.Serialize(new
    {
        o.NameEn, o.NameCy, o.Sector, o.Areas, o.OdsCode, o.CharityNumber, o.CompanyNumber, o.IcoNumber,
        o.AddressLine1, o.AddressLine2, o.Town, o.Postcode, o.Website, o.DesignatedPerson, o.LeadOrganisationId,
        o.Status, o.SignedOn, o.Version,
        Signatures = o.Signatures.OrderBy(s => s.CreatedAt).Select(s => new
        {
            s.Id, s.DeclarationVersion, s.SignedByName, s.SignedByRole, s.SignedOn, s.Status, s.Reason, s.RenewalDueOn,
        }),
    }, Json);

    /// <summary>The fields whose values differ between two snapshots (top level only).</summary>
    public static IReadOnlyList<string> ChangedFields(string? before, string after)
    {
        if (before is null)
        {
            return [];
        }
        using var b = JsonDocument.Parse(before);
        using var a = JsonDocument.Parse(after);
        return [.. a.RootElement.EnumerateObject()
            .Where(p => p.Name != "version" && (!b.RootElement.TryGetProperty(p.Name, out var old) || old.GetRawText() != p.Value.GetRawText()))
            .Select(p => p.Name)];
    }
}

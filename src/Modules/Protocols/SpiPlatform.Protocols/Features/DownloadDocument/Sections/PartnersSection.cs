using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>Every partner entry with its sector, role and signatory, in the agreement page's order.</summary>
internal sealed class PartnersSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var l = d.L;
        var signatories = (d.Assurance?.SignOffs ?? []).Where(s => s.State == PartnerSignOffState.Signed).ToDictionary(s => s.OrganisationId);
        w.Heading(l["Partners"]);
        w.Table(l["Partner organisations and their roles"], [l["Organisation"], l["Sector"], l["Role"], l["Signatory"]],
            d.Agreement.Partners.OrderBy(p => p.Role).ThenBy(p => d.Name(p.OrganisationId), StringComparer.CurrentCulture)
                .Select(p => (IReadOnlyList<string>)
                [
                    d.Name(p.OrganisationId),
                    d.SectorOf(p.OrganisationId) is { } sector ? OrganisationSectorNames.Of(sector) : "",
                    l.Role(p.Role),
                    signatories.TryGetValue(p.OrganisationId, out var s) ? Signatory(s) : "",
                ]));
    }

    public static string Signatory(PartnerSignOff s) => string.Join(", ", new[] { s.SignatoryName, s.SignatoryRole }.Where(x => !string.IsNullOrWhiteSpace(x)));
}

using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>The sign-off record, from the QA module: each partner's decision, who signed and when.</summary>
internal sealed class SignOffSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var l = d.L;
        w.Heading(l["Sign-off record"]);
        if (d.Assurance?.SignOffs is not { Count: > 0 } signOffs)
        {
            w.Paragraph(l["No partner has been asked to sign off this agreement yet."]);
            return;
        }
        w.Table(l["Sign-off record"], [l["Organisation"], l["Decision"], l["Date"], l["Signatory"]],
            signOffs.Select(s => (IReadOnlyList<string>)
            [
                d.Name(s.OrganisationId),
                s.State switch
                {
                    PartnerSignOffState.Signed => l["Signed"],
                    PartnerSignOffState.Declined => l["Declined"],
                    _ => l["Waiting"],
                },
                s.DecidedOn is { } on ? IspDocument.Date(on) : "",
                PartnersSection.Signatory(s),
            ]));
    }
}

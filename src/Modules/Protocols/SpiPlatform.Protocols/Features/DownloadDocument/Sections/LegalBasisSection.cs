using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>The legal basis: consent or not, the bases cited from the list (repealed law marked), any other basis.</summary>
internal sealed class LegalBasisSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var a = d.Agreement;
        var l = d.L;
        w.Heading(l["Legal basis"]);
        w.Paragraph(a.ConsentRequired ? l["Sharing relies on the person's consent"] : l["Consent is not the basis for sharing"]);
        if (a.Gateways.Count > 0)
        {
            w.Heading(l["Legal bases cited"], 2);
            w.Bullets(a.Gateways.Select(d.Basis));
        }
        if (a.OtherLegalBasis is { Length: > 0 } other)
        {
            w.Field(l["Other legal basis"], other);
        }
    }
}

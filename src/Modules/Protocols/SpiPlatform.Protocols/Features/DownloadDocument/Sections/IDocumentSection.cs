namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>One section of the ISP document, in the WASPI template's order (<see cref="IspDocumentBuilder.Sections"/>).</summary>
internal interface IDocumentSection
{
    void Write(DocxWriter w, IspDocument d);
}

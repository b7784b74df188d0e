namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>How long partners keep what they receive.</summary>
internal sealed class RetentionSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var l = d.L;
        w.Heading(l["Retention"]);
        w.Paragraph(d.Agreement.RetentionNotes is { Length: > 0 } notes ? notes : l["No retention periods have been recorded."]);
    }
}

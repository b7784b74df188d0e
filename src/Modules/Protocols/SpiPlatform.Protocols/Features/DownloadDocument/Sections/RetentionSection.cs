namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>How long partners keep what they receive.</summary>
internal sealed class RetentionSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        w.Heading(d.L["Retention"]);
        w.Paragraph(d.Agreement.RetentionNotes is { Length: > 0 } notes ? notes : d.L["No retention periods have been recorded."]);
    }
}

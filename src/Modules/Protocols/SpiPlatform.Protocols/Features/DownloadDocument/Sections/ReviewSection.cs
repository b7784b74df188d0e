namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>When the agreement is reviewed, and its data protection impact assessment.</summary>
internal sealed class ReviewSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var a = d.Agreement;
        var l = d.L;
        w.Heading(l["Review arrangements"]);
        w.Paragraph(l["The partners review this agreement by {0}.", IspDocument.Date(a.ReviewDue)]);
        if (a.IsReviewLapsed)
        {
            w.Paragraph(l["Review lapsed"]);
        }
        if (a.DpiaReference is { Length: > 0 } dpia)
        {
            w.Field(l["Data protection impact assessment reference"], dpia);
        }
        if (a.DpiaStatus is { Length: > 0 } status)
        {
            w.Field(l["Data protection impact assessment status"], status);
        }
    }
}

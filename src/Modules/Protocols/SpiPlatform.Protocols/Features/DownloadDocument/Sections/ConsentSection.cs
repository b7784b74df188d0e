namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>How consent is obtained and reviewed, and when information is shared without it.</summary>
internal sealed class ConsentSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var a = d.Agreement;
        var l = d.L;
        w.Heading(l["Consent"]);
        w.Paragraph(a.ConsentRequired ? l["Sharing relies on the person's consent"] : l["Consent is not the basis for sharing"]);
        Optional(w, l["How consent is obtained"], a.ConsentHowObtained);
        Optional(w, l["When consent is reviewed"], a.ConsentReviewInterval);
        Optional(w, l["When information is shared without consent"], a.ConsentOverrideCriteria);
    }

    private static void Optional(DocxWriter w, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.Field(label, value);
        }
    }
}

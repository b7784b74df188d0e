using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>Why the partners share, for whom, in which service and areas, and what kinds of information.</summary>
internal sealed class PurposeSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var a = d.Agreement;
        var l = d.L;
        w.Heading(l["Purpose"]);
        w.Paragraph(a.Purpose);
        if (Bilingual.Pick(a.SummaryEn, a.SummaryCy) is { Length: > 0 } summary)
        {
            w.Field(l["Summary"], summary);
        }
        w.Field(l["Service area"], l.Service(a.ServiceArea));
        w.Field(l["Regions"], string.Join(", ", a.Regions.Select(r => ServiceAreaNames.Of(r))));
        w.Field(l["Service users"], a.ServiceUsers);
        w.Field(l["Data shared"], string.Join(", ", a.DataCategories.Select(c => l.Data(c))));
    }
}

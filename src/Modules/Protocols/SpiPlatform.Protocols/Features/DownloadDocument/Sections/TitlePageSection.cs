using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Protocols.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument.Sections;

/// <summary>The title page: kind, title, reference, version, status, and the QA reference and date (from the QA module).</summary>
internal sealed class TitlePageSection : IDocumentSection
{
    public void Write(DocxWriter w, IspDocument d)
    {
        var a = d.Agreement;
        var l = d.L;
        w.Subtitle(l.Kind(a.Kind));
        w.Title(Bilingual.Pick(a.TitleEn, a.TitleCy));
        w.Field(l["Reference"], a.Reference);
        w.Field(l["Version"], d.Version.Number is { } n ? n.ToString(System.Globalization.CultureInfo.CurrentCulture) : l["Not yet versioned"]);
        w.Field(l["Status"], l.Status(d.Version.Status));
        w.Field(l["Date of this version"], IspDocument.Date(d.Version.At));
        w.Field(l["QA reference"], d.Assurance?.QaReference ?? l["Not yet quality assured"]);
        if (d.Assurance?.QualityAssuredOn is { } on)
        {
            w.Field(l["Quality assured on"], IspDocument.Date(on));
        }
        w.Field(l["Coordinator"], d.Name(a.CoordinatorId));
        w.PageBreak();
    }
}

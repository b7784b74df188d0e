using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Features.DownloadDocument.Sections;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>
/// Writes the ISP document (.docx) in the WASPI template's order, once per language (Welsh first when both): each
/// language's pass runs with that language's culture, so labels, names and dates come out in it.
/// </summary>
internal sealed class IspDocumentBuilder(IStringLocalizer<ProtocolsResource> l)
{
    public static readonly IReadOnlyList<IDocumentSection> Sections =
    [
        new TitlePageSection(), new PurposeSection(), new PartnersSection(), new LegalBasisSection(), new FlowsSection(),
        new ConsentSection(), new SecuritySection(), new RetentionSection(), new ReviewSection(), new SignOffSection(),
    ];

    public byte[] Build(IspDocumentContent content, DocumentLanguage language)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            DocxStyles.AddTo(main);
            var body = new Body();
            var writer = new DocxWriter(body);
            var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
            try
            {
                foreach (var (pass, index) in language.Cultures.Select((c, i) => (c, i)))
                {
                    (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (pass, pass);
                    writer.Language = pass.Name;
                    if (index > 0)
                    {
                        writer.PageBreak();
                    }
                    var document = new IspDocument(content, l);
                    foreach (var section in Sections)
                    {
                        section.Write(writer, document);
                    }
                }
                CultureInfo.CurrentUICulture = language.Cultures[0];
                package.PackageProperties.Title = Bilingual.Pick(content.Agreement.TitleEn, content.Agreement.TitleCy);
                package.PackageProperties.Subject = content.Agreement.Reference;
                package.PackageProperties.Language = language.Cultures[0].Name;
            }
            finally
            {
                (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 708U, Footer = 708U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }
}

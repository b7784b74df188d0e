using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>A downloaded ISP document read back with the Open XML SDK: its headings, title page and tables as text.</summary>
internal sealed class IspDocumentReader
{
    private readonly List<DocumentFormat.OpenXml.OpenXmlElement> _blocks;

    public IspDocumentReader(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        _blocks = [.. package.MainDocumentPart!.Document!.Body!.ChildElements.Select(e => e.CloneNode(true))];
        // Against the Office 2010+ schema: table captions (w:tblCaption, for screen readers) are not in Word 2007's.
        SchemaErrors = [.. new OpenXmlValidator(FileFormatVersions.Office2010).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary>What Word would complain of: each Open XML schema error with its part and place.</summary>
    public IReadOnlyList<string> SchemaErrors { get; }

    public IReadOnlyList<string> Headings(string style = "Heading1")
        => [.. _blocks.OfType<Paragraph>().Where(p => StyleOf(p) == style).Select(p => p.InnerText)];

    /// <summary>The text of each paragraph before the first page break: the title page.</summary>
    public IReadOnlyList<string> TitlePage()
        => [.. _blocks.OfType<Paragraph>().TakeWhile(p => !p.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page)).Select(p => p.InnerText)];

    /// <summary>The body rows (header row left out) of every table with this caption, in order.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables(string caption)
        => [.. _blocks.OfType<Table>().Where(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value == caption)
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>()
                .Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null)
                .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])])];

    public bool HasRepeatedHeaderRow(string caption)
        => _blocks.OfType<Table>().Where(t => t.GetFirstChild<TableProperties>()?.GetFirstChild<TableCaption>()?.Val?.Value == caption)
            .All(t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null);

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
}

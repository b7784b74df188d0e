using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>
/// Appends to a Word body in the document's styles (<see cref="DocxStyles"/>): headings that Word's navigation pane
/// and screen readers know as headings, and tables with a repeated header row. Every run is marked with the
/// language it is written in, so Word checks Welsh spelling as Welsh.
/// </summary>
internal sealed class DocxWriter(Body body)
{
    /// <summary>The BCP 47 tag of the text being written, e.g. cy-GB.</summary>
    public string Language { get; set; } = "en-GB";

    public void Title(string text) => body.Append(Styled(DocxStyles.Title, Run(text)));

    public void Subtitle(string text) => body.Append(Styled(DocxStyles.Subtitle, Run(text)));

    public void Heading(string text, int level = 1) => body.Append(Styled(level == 1 ? DocxStyles.Heading1 : DocxStyles.Heading2, Run(text)));

    public void Paragraph(string text) => body.Append(new Paragraph(Run(text)));

    /// <summary>A label and its value on one line ("Reference: ISP-2011-0003").</summary>
    public void Field(string label, string value) => body.Append(new Paragraph(Run(label + ": ", bold: true), Run(value)));

    public void Bullets(IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            body.Append(Styled(DocxStyles.ListItem, Run("• " + item)));
        }
    }

    /// <summary>A full-width table: the header row repeats on every page, and no row is split across pages.</summary>
    public void Table(string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        body.Append(Styled(DocxStyles.Caption, Run(caption)));
        var table = new Table(new TableProperties(
            new TableStyle { Val = DocxStyles.TableGrid },
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                // The schema's order: top, left, bottom, right, then the inside borders.
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableCaption { Val = caption }));
        // The schema wants the grid before the rows: equal columns across the A4 text width (9,026 twips).
        table.Append(new TableGrid([.. headers.Select(_ => new GridColumn { Width = (9026 / headers.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })]));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }
        body.Append(table);
        body.Append(new Paragraph());
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    private TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }
        var row = new TableRow(properties);
        foreach (var cell in cells)
        {
            var cellProperties = new TableCellProperties();
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8E8E8" });
            }
            row.Append(new TableCell(cellProperties, new Paragraph(Run(cell, bold: header))));
        }
        return row;
    }

    private static Paragraph Styled(string styleId, Run run)
        => new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), run);

    private Run Run(string text, bool bold = false)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        properties.Append(new Languages { Val = Language });
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }
}

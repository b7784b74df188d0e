using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>The document's styles: Word's own ids (Title, Heading1…), so headings are headings to Word and its readers.</summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Caption = "Caption";
    public const string ListItem = "ListParagraph";
    public const string TableGrid = "TableGrid";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" }, new FontSize { Val = "22" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            Paragraph("Normal", "Normal", null, isDefault: true),
            Paragraph(Title, "Title", null, size: "48", bold: true, after: "240"),
            Paragraph(Subtitle, "Subtitle", null, size: "28", after: "240"),
            Paragraph(Heading1, "heading 1", 0, size: "32", bold: true, before: "360"),
            Paragraph(Heading2, "heading 2", 1, size: "26", bold: true, before: "240"),
            Paragraph(Caption, "caption", null, bold: true),
            Paragraph(ListItem, "List Paragraph", null, indent: "360"),
            new Style(new StyleName { Val = "Table Grid" }, new BasedOn { Val = "TableNormal" }) { Type = StyleValues.Table, StyleId = TableGrid });
    }

    private static Style Paragraph(string id, string name, int? outlineLevel, bool isDefault = false, string? size = null, bool bold = false,
        string? before = null, string? after = null, string? indent = null)
    {
        var paragraph = new StyleParagraphProperties();
        if (outlineLevel is not null)
        {
            paragraph.Append(new KeepNext());
        }
        if (before is not null || after is not null)
        {
            // Only the sides given: an unset side written as an empty attribute is invalid Open XML.
            var spacing = new SpacingBetweenLines();
            if (before is not null)
            {
                spacing.Before = before;
            }
            if (after is not null)
            {
                spacing.After = after;
            }
            paragraph.Append(spacing);
        }
        if (indent is not null)
        {
            paragraph.Append(new Indentation { Left = indent });
        }
        if (outlineLevel is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }
        if (size is not null)
        {
            run.Append(new FontSize { Val = size });
        }
        // The schema's order: name, basedOn, next, qFormat, pPr, rPr.
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle(), paragraph, run);
        return style;
    }
}

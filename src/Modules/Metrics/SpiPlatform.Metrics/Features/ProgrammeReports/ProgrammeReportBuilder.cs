using System.Globalization;
using System.Net;
using System.Text;
using MiniExcelLibs;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Web;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

/// <summary>A report built in memory: the HTML, one CSV per figure, and the workbook with one sheet per figure.</summary>
internal sealed record BuiltReport(string Html, IReadOnlyDictionary<string, byte[]> CsvByFigure, byte[] Xlsx);

/// <summary>
/// Builds a month's programme report from that month's snapshot values alone, in the order the snapshot holds them.
/// The HTML carries both languages (it is stored once and read in either), the files the snapshot's own names.
/// </summary>
internal static class ProgrammeReportBuilder
{
    public static readonly string[] Columns = ["series", "dimension", "key", "value"];

    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    public static BuiltReport Build(Month month, IReadOnlyList<SnapshotValue> values, CancellationToken ct)
    {
        var figures = values.GroupBy(v => v.Figure, StringComparer.Ordinal).ToList();
        var csv = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            ct.ThrowIfCancellationRequested();
            csv[figure.Key] = Csv.Utf8WithBom.GetPreamble().Concat(Csv.Utf8WithBom.GetBytes(CsvOf(figure))).ToArray();
            sheets[figure.Key] = figure.Select(v => new Dictionary<string, object>
            {
                ["series"] = v.Series, ["dimension"] = v.Dimension, ["key"] = v.Key, ["value"] = v.Value,
            }).ToList();
        }
        using var xlsx = new MemoryStream();
        if (sheets.Count == 0)
        {
            sheets["report"] = new List<Dictionary<string, object>>();
        }
        xlsx.SaveAs(sheets);
        return new BuiltReport(Html(month, figures), csv, xlsx.ToArray());
    }

    public static string Title(Month month, bool welsh)
        => welsh ? $"Adroddiad y rhaglen ar gyfer {MonthName(month, Welsh)}" : $"Programme report for {MonthName(month, CultureInfo.GetCultureInfo("en-GB"))}";

    private static string MonthName(Month month, CultureInfo culture) => month.First.ToString("MMMM yyyy", culture);

    private static string CsvOf(IEnumerable<SnapshotValue> values)
    {
        var text = new StringBuilder(Csv.Row(Columns));
        foreach (var v in values)
        {
            text.Append(Csv.Row([v.Series, v.Dimension, v.Key, v.Value.ToString(CultureInfo.InvariantCulture)]));
        }
        return text.ToString();
    }

    private static string Html(Month month, IReadOnlyList<IGrouping<string, SnapshotValue>> figures)
    {
        var html = new StringBuilder();
        foreach (var (lang, welsh) in new[] { ("en", false), ("cy", true) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<section lang=\"{lang}\" class=\"programme-report\" data-testid=\"report-{lang}\">");
            html.Append(CultureInfo.InvariantCulture, $"<h2>{WebUtility.HtmlEncode(Title(month, welsh))}</h2>");
            foreach (var figure in figures)
            {
                var caption = WebUtility.HtmlEncode(figure.Key);
                html.Append(CultureInfo.InvariantCulture, $"<table class=\"table\" data-figure=\"{caption}\"><caption>{caption}</caption><thead><tr>");
                foreach (var column in welsh ? ["cyfres", "dimensiwn", "allwedd", "gwerth"] : Columns)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{column}</th>");
                }
                html.Append("</tr></thead><tbody>");
                foreach (var v in figure)
                {
                    html.Append(CultureInfo.InvariantCulture,
                        $"<tr><td>{WebUtility.HtmlEncode(v.Series)}</td><td>{WebUtility.HtmlEncode(v.Dimension)}</td><td>{WebUtility.HtmlEncode(v.Key)}</td><td>{v.Value.ToString(CultureInfo.InvariantCulture)}</td></tr>");
                }
                html.Append("</tbody></table>");
            }
            html.Append("</section>");
        }
        return html.ToString();
    }
}

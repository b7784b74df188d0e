using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Metrics.Areas.CaseStudies.Pages;
using SpiPlatform.Metrics.Features.Dashboard;
using SpiPlatform.Metrics.Features.Dashboard.Charts;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Areas.Dashboard.Pages;

/// <summary>The dashboard's words and charts in the reader's language: each chart's title, description and SVG.</summary>
internal static class DashboardCharts
{
    public static string MonthName(Month m) => m.First.ToString("MMM yyyy", CultureInfo.CurrentCulture);

    public static string Period(IStringLocalizer<MetricsResource> l, DashboardFilter f)
        => f.From == f.To ? MonthName(f.To) : l["{0} to {1}", MonthName(f.From), MonthName(f.To)];

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Days(IStringLocalizer<MetricsResource> l, double? days)
        => days is { } d ? l["{0} working days", d.ToString("0.#", CultureInfo.CurrentCulture)] : l["None decided"];

    public static string Share(decimal share) => share.ToString("P0", CultureInfo.CurrentCulture);

    public static string Bin(IStringLocalizer<MetricsResource> l, TurnaroundBin b)
        => b.High is { } high ? l["{0} to {1} days", b.Low, high] : l["{0} days or more", b.Low];

    public static string Status(IStringLocalizer<MetricsResource> l, AgreementStatus s) => l.Status(s);

    /// <summary>The bin as the chart's axis writes it (the description and the table say it in words).</summary>
    public static string ShortBin(TurnaroundBin b) => b.High is { } high ? $"{b.Low}–{high}" : $"{b.Low}+";

    public static string AdoptionChart(IStringLocalizer<MetricsResource> l, DashboardFigures f)
    {
        var text = new ChartText("chart-adoption", l["Active signatories by sector, {0}", Period(l, f.Filter)],
            f.AdoptionBySector.Count == 0
                ? l["No organisation was an active signatory in this period."]
                : l["A line for each sector: active signatories at the end of each month. At the end of {0}: {1}. The same figures are in the table below.",
                    MonthName(f.Filter.To), string.Join("; ", f.AdoptionBySector.Select(s => $"{OrganisationSectorNames.Of(s.Sector)} {Number(s.Values[^1])}"))],
            l["No organisation was an active signatory in this period."]);
        return LineChartSvg.Render(text, [.. f.Months.Select(MonthName)],
            [.. f.AdoptionBySector.Select(s => new LineSeries(OrganisationSectorNames.Of(s.Sector), s.Values))]);
    }

    public static string StatusChart(IStringLocalizer<MetricsResource> l, DashboardFigures f)
    {
        var text = new ChartText("chart-status", l["Agreements by status at the end of {0}", MonthName(f.Filter.To)],
            l["A bar for each status with the number of agreements in it: {0}.", string.Join("; ", f.AgreementsByStatus.Select(c => $"{l.Status(c.Value)} {Number(c.Count)}"))],
            l["No agreement had started by then."]);
        return BarChartSvg.Render(text, [.. f.AgreementsByStatus.Select(c => new Bar(l.Status(c.Value), c.Count))]);
    }

    public static string ServiceAreaChart(IStringLocalizer<MetricsResource> l, DashboardFigures f)
    {
        var text = new ChartText("chart-service-area", l["Agreements by service area at the end of {0}", MonthName(f.Filter.To)],
            l["A bar for each service area with the number of agreements in it: {0}.", string.Join("; ", f.AgreementsByServiceArea.Select(c => $"{AgreementServiceAreaNames.Of(c.Value)} {Number(c.Count)}"))],
            l["No agreement had started by then."]);
        return BarChartSvg.Render(text, [.. f.AgreementsByServiceArea.Select(c => new Bar(AgreementServiceAreaNames.Of(c.Value), c.Count))]);
    }

    public static string TurnaroundChart(IStringLocalizer<MetricsResource> l, DashboardFigures f)
    {
        var text = new ChartText("chart-turnaround", l["Quality assurance turnaround, {0}", Period(l, f.Filter)],
            l["A column for each range of working days, with how many review rounds decided in the period took that long: {0}.",
                string.Join("; ", f.Turnaround.Select(b => $"{Bin(l, b)} {Number(b.Count)}"))],
            l["No review round was decided in this period."]);
        return HistogramSvg.Render(text, [.. f.Turnaround.Select(b => new Bin(ShortBin(b), b.Count))]);
    }
}

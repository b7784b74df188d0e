using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Features.Figures;

/// <summary>A month, counted from its first day; shown as <c>YYYY-MM</c>.</summary>
internal readonly record struct Month(int Year, int Number) : IComparable<Month>
{
    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly First => new(Year, Number, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public Month Next => Of(First.AddMonths(1));

    public Month Plus(int months) => Of(First.AddMonths(months));

    public int MonthsUntil(Month later) => (later.Year - Year) * 12 + later.Number - Number;

    public bool Contains(DateOnly date) => date.Year == Year && date.Month == Number;

    public int CompareTo(Month other) => First.CompareTo(other.First);

    public override string ToString() => $"{Year:D4}-{Number:D2}";

    public static bool operator <(Month a, Month b) => a.CompareTo(b) < 0;

    public static bool operator >(Month a, Month b) => a.CompareTo(b) > 0;

    public static bool operator <=(Month a, Month b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Month a, Month b) => a.CompareTo(b) >= 0;
}

/// <summary>Which figures to compute: the months (both included), the breakdown and the filters, already checked.</summary>
internal sealed record FigureQuery(
    Month From, Month To, string Dimension, OrganisationSector? Sector, ServiceArea? Area, AgreementServiceArea? ServiceArea)
{
    public IEnumerable<Month> Months()
    {
        for (var m = From; m <= To; m = m.Next)
        {
            yield return m;
        }
    }
}

/// <summary>One value of a series: the month, the dimension's value (<c>TOTAL</c> when not broken down) and the count.</summary>
internal sealed record FigurePoint(string Period, string Dimension, int Value);

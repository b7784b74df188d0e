namespace SpiPlatform.Metrics.Contracts;

/// <summary>The dimensions a Metrics figure can be broken down by, as the GraphQL <c>dimension</c> argument spells them.</summary>
public static class MetricDimensions
{
    /// <summary>One series for everything that passes the filters.</summary>
    public const string Total = "TOTAL";
    /// <summary>By the organisation's sector (adoption).</summary>
    public const string Sector = "SECTOR";
    /// <summary>By the principal area served or covered (an organisation or agreement in several areas counts in each).</summary>
    public const string Area = "AREA";
    /// <summary>By the agreement's status (agreements).</summary>
    public const string Status = "STATUS";
    /// <summary>By ISP or DDA (agreements).</summary>
    public const string Kind = "KIND";
    /// <summary>By the agreement's service area (agreements).</summary>
    public const string ServiceArea = "SERVICE_AREA";

    /// <summary>The dimensions adoption figures accept.</summary>
    public static IReadOnlyList<string> ForAdoption { get; } = [Total, Sector, Area];

    /// <summary>The dimensions agreement figures accept.</summary>
    public static IReadOnlyList<string> ForAgreements { get; } = [Total, Status, Kind, ServiceArea, Area];

    /// <summary>The dimensions the quality-assurance, development and review figures accept (those of the agreement concerned).</summary>
    public static IReadOnlyList<string> ForAgreementMeasures { get; } = [Total, ServiceArea, Area];
}

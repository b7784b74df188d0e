using System.Security.Claims;

namespace SpiPlatform.Web;

/// <summary>A section another module adds to the agreement page: a partial view (by its full path) and its model.</summary>
/// <param name="PartialPath">E.g. <c>/Areas/QualityAssurance/Pages/_AgreementQa.cshtml</c>.</param>
/// <param name="Model">The partial's model.</param>
public sealed record PagePanel(string PartialPath, object Model);

/// <summary>
/// The agreement page's extension point. The page calls every panel only after it has decided that the reader may
/// see the agreement, so a panel shows what anyone who may see the agreement may see.
/// </summary>
public interface IAgreementPanel
{
    /// <summary>Where it goes among the panels (lowest first).</summary>
    int Order { get; }

    /// <summary>The panel for this agreement and reader, or null to show nothing.</summary>
    Task<PagePanel?> ForAsync(Guid agreementId, ClaimsPrincipal reader, CancellationToken ct);
}

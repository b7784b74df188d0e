using System.Security.Claims;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Features.ViewAgreementQa;

/// <summary>The QA timeline on the agreement page.</summary>
internal sealed class AgreementQaPanel(AgreementQaReader reader) : IAgreementPanel
{
    public int Order => 10;

    public async Task<PagePanel?> ForAsync(Guid agreementId, ClaimsPrincipal user, CancellationToken ct)
        => await reader.ForAsync(agreementId, user, ct) is { } view ? new PagePanel("/Areas/QualityAssurance/Pages/_AgreementQa.cshtml", view) : null;
}

using System.Security.Claims;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Features.ListNeeds;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Features.ViewAgreementNeeds;

/// <summary>What the agreement page's training panel shows: how many needs are in each status.</summary>
internal sealed record AgreementNeedsView(Guid AgreementId, IReadOnlyDictionary<TrainingNeedStatus, int> Counts)
{
    public int Count(TrainingNeedStatus status) => Counts.GetValueOrDefault(status);
}

/// <summary>A short training-needs panel on the agreement page, linking to its needs board; for signed-in staff only.</summary>
internal sealed class AgreementNeedsPanel(TrainingNeedsReader reader) : IAgreementPanel
{
    public int Order => 20;

    public async Task<PagePanel?> ForAsync(Guid agreementId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var counts = await reader.CountsForAgreementAsync(agreementId, ct);
        return new PagePanel("/Areas/Training/Pages/_AgreementNeeds.cshtml", new AgreementNeedsView(agreementId, counts));
    }
}

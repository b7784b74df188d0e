using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.QualityAssurance.Features.ViewAgreementQa;

/// <summary>
/// The QA reference and date and the sign-off record for the ISP document (Protocols' <see cref="IAgreementAssuranceSource"/>).
/// A frozen version is answered by the round it went into (the latest round submitted at or before it); its QA
/// reference only if that round was approved. Signatories' names go to signed-in readers only, as on the agreement page.
/// </summary>
internal sealed class AgreementAssuranceSource(QualityAssuranceDbContext db) : IAgreementAssuranceSource
{
    public async Task<AgreementAssurance?> ForAsync(Guid agreementId, int? versionNumber, ClaimsPrincipal reader, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Rounds).Include(s => s.SignOffs)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.AgreementId == agreementId, ct);
        var round = submission?.Rounds.Where(r => versionNumber is not { } n || r.AgreementVersion <= n).MaxBy(r => r.Number);
        if (submission is null || round is null)
        {
            return null;
        }
        var approved = round.Outcome == QaSubmissionState.QualityAssured;
        var names = reader.Identity?.IsAuthenticated == true;
        return new AgreementAssurance(
            approved ? submission.QaReference : null,
            approved ? submission.QualityAssuredOn : null,
            [.. submission.SignOffs.Where(o => o.RoundNumber == round.Number).OrderBy(o => o.DecidedAt ?? DateTimeOffset.MaxValue)
                .Select(o => new PartnerSignOff(o.OrganisationId, State(o.State), o.DecidedAt is { } at ? WorkingDays.DateInWales(at) : null,
                    names ? o.DecidedByName : null, o.SignatoryRole))]);
    }

    private static PartnerSignOffState State(SignOffState state) => state switch
    {
        SignOffState.Signed => PartnerSignOffState.Signed,
        SignOffState.Declined => PartnerSignOffState.Declined,
        _ => PartnerSignOffState.Pending,
    };
}

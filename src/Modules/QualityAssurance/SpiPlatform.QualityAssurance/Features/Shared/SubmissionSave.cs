using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.QualityAssurance.Features.Shared;

/// <summary>Saves a submission's change; a stale version or a clashing unique value is a CONFLICT.</summary>
internal static class SubmissionSave
{
    public static Task<Problem?> TrySaveAsync(this QualityAssuranceDbContext db, CancellationToken ct)
        => db.TrySaveAsync(Stale,
            // Two decisions at once both ask the partners to sign off: the loser trips the sign-offs' unique index.
            constraint => constraint?.Contains("sign_offs", StringComparison.Ordinal) == true ? Stale : Problem.Conflict("That submission has already been opened."),
            ct);

    private static Problem Stale => Problem.Conflict("Someone else changed this submission at the same time. Reload the queue and try again.", "version");
}

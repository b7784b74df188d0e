using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Features.ViewSignOff;

/// <summary>One partner's sign-off with the organisation's names from the register.</summary>
internal sealed record SignOffLine(QaSignOff SignOff, string NameEn, string NameCy);

/// <summary>How many partners have signed the current round off, of how many asked.</summary>
internal sealed record SignOffProgress(int Signed, int Total)
{
    public int Outstanding => Total - Signed;

    public static SignOffProgress Of(IReadOnlyCollection<SignOffLine> lines) => new(lines.Count(l => l.SignOff.State == SignOffState.Signed), lines.Count);
}

/// <summary>The one read of a submission's sign-offs (the current round's only: a new round starts afresh), for the page and the API.</summary>
internal sealed class SignOffRead(QualityAssuranceDbContext db, ISignatoriesApi signatories)
{
    public async Task<List<SignOffLine>> LinesAsync(Guid submissionId, CancellationToken ct)
    {
        var signOffs = await db.SignOffs.AsNoTracking()
            .Where(o => o.SubmissionId == submissionId && o.RoundNumber == db.Rounds.Where(r => r.SubmissionId == submissionId).Max(r => r.Number))
            .ToListAsync(ct);
        var names = signOffs.Count == 0 ? new Dictionary<Guid, OrganisationSummary>() : await signatories.FindAsync([.. signOffs.Select(o => o.OrganisationId)], ct);
        return
        [
            .. signOffs.Select(o => names.TryGetValue(o.OrganisationId, out var n) ? new SignOffLine(o, n.NameEn, n.NameCy) : new SignOffLine(o, o.OrganisationId.ToString(), o.OrganisationId.ToString()))
                .OrderBy(l => l.NameEn, StringComparer.OrdinalIgnoreCase),
        ];
    }

    /// <summary>The current round's sign-offs of several submissions, with one query for the sign-offs and one for the names.</summary>
    public async Task<IDictionary<Guid, List<SignOffLine>>> LinesOfAsync(IReadOnlyCollection<Guid> submissionIds, CancellationToken ct)
    {
        var ids = submissionIds.ToList();
        var signOffs = await db.SignOffs.AsNoTracking()
            .Where(o => ids.Contains(o.SubmissionId) && o.RoundNumber == db.Rounds.Where(r => r.SubmissionId == o.SubmissionId).Max(r => r.Number))
            .ToListAsync(ct);
        var names = signOffs.Count == 0 ? new Dictionary<Guid, OrganisationSummary>() : await signatories.FindAsync([.. signOffs.Select(o => o.OrganisationId).Distinct()], ct);
        return ids.ToDictionary(id => id, id => signOffs.Where(o => o.SubmissionId == id)
            .Select(o => names.TryGetValue(o.OrganisationId, out var n) ? new SignOffLine(o, n.NameEn, n.NameCy) : new SignOffLine(o, o.OrganisationId.ToString(), o.OrganisationId.ToString()))
            .OrderBy(l => l.NameEn, StringComparer.OrdinalIgnoreCase).ToList());
    }
}

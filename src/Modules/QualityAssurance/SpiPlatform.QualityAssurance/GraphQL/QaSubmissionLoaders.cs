using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.GraphQL;

/// <summary>Per request: a list of submissions reads its comments and its sign-offs in one batch each, not one per row.</summary>
internal sealed class QaSubmissionLoaders(QualityAssuranceDbContext db, SignOffRead signOffs)
{
    public BatchLoader<Guid, IReadOnlyList<ThreadedComment>> Comments { get; } = new((ids, ct) => db.ThreadsOfAsync(ids, ct));

    public BatchLoader<Guid, List<SignOffLine>> SignOffs { get; } = new((ids, ct) => signOffs.LinesOfAsync(ids, ct));
}

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Shared;

namespace SpiPlatform.Training.Features.RaiseNeeds;

internal sealed record RaiseTrainingNeedInput(Guid AgreementId, Guid OrganisationId, Guid CourseId);

/// <summary>The agreement's coordinator or the programme team raises a need by hand for one of its partners.</summary>
internal sealed class RaiseTrainingNeedHandler(TrainingDbContext db, IProtocolsApi protocols, TimeProvider clock)
{
    public async Task<Result<TrainingNeed>> HandleAsync(RaiseTrainingNeedInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await protocols.FindAsync(input.AgreementId, ct) is not { } agreement)
        {
            return Problem.NotFound("There is no such agreement.");
        }
        if (!TrainingAccess.MayManageNeeds(user, agreement))
        {
            return Problem.Forbidden("Only the agreement's coordinator or the programme team may manage its training needs.");
        }
        var problems = new List<Problem>();
        if (!agreement.PartnerIds.Contains(input.OrganisationId))
        {
            problems.Add(Problem.Invalid("organisationId", "That organisation is not a partner in this agreement."));
        }
        if (!await db.Courses.AnyAsync(c => c.Id == input.CourseId, ct))
        {
            problems.Add(Problem.Invalid("courseId", "There is no such course."));
        }
        if (problems.Count > 0)
        {
            return Result<TrainingNeed>.Fail(problems);
        }
        var need = new TrainingNeed
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement.Id, OrganisationId = input.OrganisationId, CourseId = input.CourseId,
            Status = TrainingNeedStatus.Identified, RaisedAt = clock.GetUtcNow(), RaisedBy = Actor.From(user).Id,
        };
        db.Needs.Add(need);
        if (await db.TrySaveAsync(ct) is { } problem)
        {
            return problem;
        }
        return await TrainingNeeds.LoadAsync(db, need.Id, ct);
    }
}

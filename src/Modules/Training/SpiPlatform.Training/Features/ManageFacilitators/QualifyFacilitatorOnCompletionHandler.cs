using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;

namespace SpiPlatform.Training.Features.ManageFacilitators;

/// <summary>
/// Someone who completes the ISP facilitator course joins the facilitator register. Taken from the outbox's
/// <see cref="TrainingCompleted"/> rather than inside the attendance transaction, so a register problem never undoes a
/// completion, and a crash between the two is made good by redelivery; <c>QualifyAsync</c> is idempotent per email.
/// </summary>
internal sealed class QualifyFacilitatorOnCompletionHandler(TrainingDbContext db, FacilitatorRegisterHandler register,
    ILogger<QualifyFacilitatorOnCompletionHandler> logger) : IIntegrationEventHandler<TrainingCompleted>
{
    public async Task HandleAsync(TrainingCompleted completed, Guid eventId, CancellationToken ct)
    {
        if (completed.CourseKind != CourseKind.IspFacilitatorCourse)
        {
            return;
        }
        if (completed.OrganisationId is not { } organisationId)
        {
            logger.LogInformation("Facilitator course completion {Id} has no organisation; not added to the register", completed.CompletionId);
            return;
        }
        var completion = await db.Completions.AsNoTracking().FirstOrDefaultAsync(c => c.Id == completed.CompletionId, ct);
        if (completion is null)
        {
            return;
        }
        var result = await register.QualifyAsync(completion.Email, completion.DisplayName, organisationId, completion.CompletedOn, ct);
        if (!result.Succeeded)
        {
            logger.LogWarning("Facilitator course completion {Id} could not join the register: {Problems}", completed.CompletionId,
                string.Join("; ", result.Problems.Select(p => p.Message)));
        }
    }
}

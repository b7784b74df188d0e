using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Training.Data;

namespace SpiPlatform.Training.Features.Shared;

/// <summary>Saves a training change; a stale need or a clashing unique value is a CONFLICT.</summary>
internal static class TrainingSave
{
    public static Task<Problem?> TrySaveAsync(this TrainingDbContext db, CancellationToken ct)
        => db.TrySaveAsync(Problem.Conflict("Someone else changed this at the same time. Reload the page and try again."),
            constraint => constraint switch
            {
                "ux_completions_enrolment" => Problem.Conflict("This person's completion has already been recorded."),
                "ux_training_needs_live" or "ux_training_needs_event" => Problem.Conflict("This organisation already has this training need on this agreement."),
                _ => Problem.Conflict("Someone else changed this at the same time. Reload the page and try again."),
            },
            ct);
}

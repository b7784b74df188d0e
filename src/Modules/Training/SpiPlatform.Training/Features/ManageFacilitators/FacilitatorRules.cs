using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Features.ManageFacilitators;

/// <summary>The checks every way of writing an entry shares; each problem names its field.</summary>
internal static class FacilitatorRules
{
    public static void CheckName(string? name, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(Problem.Invalid("name", "Give the facilitator's name."));
        }
    }

    public static void CheckEmail(string? email, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@') || email.Trim().Contains(' '))
        {
            problems.Add(Problem.Invalid("email", "Give the facilitator's email address."));
        }
    }

    public static void CheckAreas(IReadOnlyList<ServiceArea> areas, List<Problem> problems)
    {
        if (areas.Count == 0)
        {
            problems.Add(Problem.Invalid("areas", "Choose at least one area the facilitator works in."));
        }
        else if (areas.Any(a => !Facilitator.IsWelshArea(a)))
        {
            problems.Add(Problem.Invalid("areas", "A facilitator's areas must be in Wales."));
        }
    }

    public static void CheckNote(string? note, List<Problem> problems)
    {
        if (note is { Length: > Facilitator.MaxNoteLength })
        {
            problems.Add(Problem.Invalid("availabilityNote", "Keep the availability note to 500 characters."));
        }
    }

    public static void CheckQualifiedOn(DateOnly qualifiedOn, DateOnly today, List<Problem> problems)
    {
        if (qualifiedOn > today)
        {
            problems.Add(Problem.Invalid("qualifiedOn", "The qualification date cannot be in the future."));
        }
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

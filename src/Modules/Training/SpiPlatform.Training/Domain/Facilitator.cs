using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Domain;

/// <summary>
/// A person who completed the ISP facilitator course and can carry a partnership through the development of its ISP.
/// Keyed for people by lower-cased email: that is how a signed-in facilitator finds their own entry.
/// </summary>
internal sealed class Facilitator
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public Guid OrganisationId { get; set; }
    public List<ServiceArea> Areas { get; set; } = [];
    public FacilitatorLanguage Languages { get; set; }
    public FacilitatorAvailability Availability { get; set; }
    public string? AvailabilityNote { get; set; }
    public DateOnly QualifiedOn { get; set; }
    /// <summary>Whether the entry came from a course completion recorded in the system (else added by hand).</summary>
    public bool FromCourseCompletion { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }

    /// <summary>Whether this facilitator can run sessions in the language asked for (Both means both are needed).</summary>
    public static bool Speaks(FacilitatorLanguage have, FacilitatorLanguage wanted)
        => have == FacilitatorLanguage.Both || have == wanted;

    /// <summary>The areas a facilitator may list: the 22 principal areas, or anywhere in Wales.</summary>
    public static bool IsWelshArea(ServiceArea area) => area != ServiceArea.OutsideWales;
}

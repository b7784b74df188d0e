using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Training.Features.ManageFacilitators;

/// <summary>A facilitator added by hand by the programme team (most of the ~300 were trained before the system).</summary>
internal sealed record RegisterFacilitatorInput(string Name, string Email, string? Phone, Guid OrganisationId,
    IReadOnlyList<ServiceArea> Areas, FacilitatorLanguage Languages, FacilitatorAvailability Availability, string? AvailabilityNote,
    DateOnly QualifiedOn);

/// <summary>
/// A change to an entry; null leaves a value as it is. The facilitator may change only areas, languages and
/// availability; the other values are the programme team's (an empty phone clears it).
/// </summary>
internal sealed record UpdateFacilitatorInput(Guid Id, IReadOnlyList<ServiceArea>? Areas = null, FacilitatorLanguage? Languages = null,
    FacilitatorAvailability? Availability = null, string? AvailabilityNote = null,
    string? Name = null, string? Email = null, string? Phone = null, Guid? OrganisationId = null, DateOnly? QualifiedOn = null)
{
    public bool ChangesProgrammeTeamValues => Name is not null || Email is not null || Phone is not null || OrganisationId is not null || QualifiedOn is not null;
}

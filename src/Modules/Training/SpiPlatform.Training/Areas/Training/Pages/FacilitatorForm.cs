using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>What the add and edit forms post. The facilitator's own form posts only areas, languages and availability.</summary>
internal sealed class FacilitatorForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public Guid? OrganisationId { get; set; }
    public List<ServiceArea> Areas { get; set; } = [];
    public FacilitatorLanguage Languages { get; set; } = FacilitatorLanguage.English;
    public FacilitatorAvailability Availability { get; set; } = FacilitatorAvailability.Available;
    public string? AvailabilityNote { get; set; }
    public DateOnly? QualifiedOn { get; set; }

    public static FacilitatorForm Of(Facilitator f) => new()
    {
        Name = f.Name, Email = f.Email, Phone = f.Phone, OrganisationId = f.OrganisationId, Areas = [.. f.Areas], Languages = f.Languages,
        Availability = f.Availability, AvailabilityNote = f.AvailabilityNote, QualifiedOn = f.QualifiedOn,
    };
}

/// <summary>The form partial's model: the values, whether the programme team's fields are shown, and the organisations to choose from.</summary>
internal sealed record FacilitatorFormView(FacilitatorForm Form, bool Full, IReadOnlyList<OrganisationSummary> Organisations, SpiPlatform.Web.FormErrors Errors);

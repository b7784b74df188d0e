using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Areas.Signatories.Pages;

/// <summary>The organisation fields as posted by the register and edit forms (names match the GraphQL input).</summary>
internal sealed class OrganisationForm
{
    public string? NameEn { get; set; }
    public string? NameCy { get; set; }
    public string? Sector { get; set; }
    public List<string> Areas { get; set; } = [];
    public string? OdsCode { get; set; }
    public string? CharityNumber { get; set; }
    public string? CompanyNumber { get; set; }
    public string? IcoNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }

    public static OrganisationForm From(Organisation o) => new()
    {
        NameEn = o.NameEn,
        NameCy = o.NameCy,
        Sector = o.Sector.ToString(),
        Areas = [.. o.Areas.Select(a => a.ToString())],
        OdsCode = o.OdsCode,
        CharityNumber = o.CharityNumber,
        CompanyNumber = o.CompanyNumber,
        IcoNumber = o.IcoNumber,
        AddressLine1 = o.AddressLine1,
        AddressLine2 = o.AddressLine2,
        Town = o.Town,
        Postcode = o.Postcode,
        Website = o.Website,
    };

    /// <summary>The details to send to a handler, or the problems with values no handler would understand.</summary>
    public (OrganisationDetails Details, List<Problem> Problems) ToDetails(Guid? leadOrganisationId)
    {
        var problems = new List<Problem>();
        OrganisationSector? sector = null;
        if (Enum.TryParse<OrganisationSector>(Sector, out var parsed) && Enum.IsDefined(parsed))
        {
            sector = parsed;
        }
        else if (!string.IsNullOrEmpty(Sector))
        {
            problems.Add(Problem.Invalid("sector", "Choose the organisation's sector from the list."));
        }
        var areas = new List<ServiceArea>();
        foreach (var value in Areas)
        {
            if (Enum.TryParse<ServiceArea>(value, out var area) && Enum.IsDefined(area))
            {
                areas.Add(area);
            }
            else
            {
                problems.Add(Problem.Invalid("areas", "Choose the areas from the list."));
            }
        }
        var details = new OrganisationDetails(NameEn, NameCy, sector, areas, OdsCode, CharityNumber,
            CompanyNumber, IcoNumber, AddressLine1, AddressLine2, Town, Postcode, Website, leadOrganisationId);
        return (details, problems);
    }
}

/// <summary>What the shared fields partial needs.</summary>
internal sealed record OrganisationFieldsView(OrganisationForm Form, Web.FormErrors Errors);

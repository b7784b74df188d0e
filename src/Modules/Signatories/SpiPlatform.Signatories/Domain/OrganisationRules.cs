using System.Text.RegularExpressions;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Domain;

/// <summary>Checks and tidies an organisation's details. Field names match the GraphQL input and the form fields.</summary>
internal static partial class OrganisationRules
{
    public const int MaxNameLength = 200;

    public static (OrganisationDetails Clean, List<Problem> Problems) Check(OrganisationDetails input)
    {
        var problems = new List<Problem>();
        var nameEn = Tidy(input.NameEn);
        var nameCy = Tidy(input.NameCy);
        if (nameEn is null)
        {
            problems.Add(Problem.Invalid("nameEn", "Enter the organisation's name in English."));
        }
        else if (nameEn.Length > MaxNameLength)
        {
            problems.Add(Problem.Invalid("nameEn", "The English name must be 200 characters or fewer."));
        }
        if (nameCy is { Length: > MaxNameLength })
        {
            problems.Add(Problem.Invalid("nameCy", "The Welsh name must be 200 characters or fewer."));
        }
        if (input.Sector is not { } sector || !Enum.IsDefined(sector))
        {
            problems.Add(Problem.Invalid("sector", "Choose the organisation's sector from the list."));
        }
        var areas = (input.Areas ?? []).Distinct().ToList();
        if (areas.Count == 0)
        {
            problems.Add(Problem.Invalid("areas", "Choose at least one area the organisation serves."));
        }
        else if (areas.Any(a => !Enum.IsDefined(a)))
        {
            problems.Add(Problem.Invalid("areas", "Choose the areas from the list."));
        }

        var ods = Identifier(input.OdsCode, "odsCode", OdsCode(), "An NHS ODS code is 3 to 6 letters and digits, like 7A6 or W95010.", problems);
        var charity = Identifier(input.CharityNumber, "charityNumber", CharityNumber(), "A charity number is 6 or 7 digits, like 1145226, optionally followed by -1.", problems);
        var company = Identifier(input.CompanyNumber, "companyNumber", CompanyNumber(), "A company number is 8 characters: 8 digits, or 2 letters and 6 digits, like 04712345 or SC123456.", problems);
        var ico = Identifier(input.IcoNumber, "icoNumber", IcoNumber(), "An ICO registration number is Z and 7 digits, or Z, a letter and 6 digits, like Z1234567 or ZA123456.", problems);
        var postcode = Tidy(input.Postcode)?.ToUpperInvariant();
        if (postcode is not null && !Postcode().IsMatch(postcode))
        {
            problems.Add(Problem.Invalid("postcode", "Enter a UK postcode, like CF10 3NQ."));
        }
        var website = Tidy(input.Website);
        if (website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.', StringComparison.Ordinal)))
        {
            problems.Add(Problem.Invalid("website", "Enter the full web address, starting https://"));
        }

        var clean = input with
        {
            NameEn = nameEn,
            NameCy = nameCy ?? nameEn,
            Areas = areas,
            OdsCode = ods,
            CharityNumber = charity,
            CompanyNumber = company,
            IcoNumber = ico,
            AddressLine1 = Tidy(input.AddressLine1),
            AddressLine2 = Tidy(input.AddressLine2),
            Town = Tidy(input.Town),
            Postcode = postcode,
            Website = website,
        };
        return (clean, problems);
    }

    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : Spaces().Replace(value.Trim(), " ");

    private static string? Identifier(string? value, string field, Regex format, string message, List<Problem> problems)
    {
        var tidy = Tidy(value)?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (tidy is not null && !format.IsMatch(tidy))
        {
            problems.Add(Problem.Invalid(field, message));
        }
        return tidy;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("^[A-Z0-9]{3,6}$")]
    private static partial Regex OdsCode();

    [GeneratedRegex(@"^\d{6,7}(-\d{1,2})?$")]
    private static partial Regex CharityNumber();

    [GeneratedRegex(@"^(\d{8}|[A-Z]{2}\d{6})$")]
    private static partial Regex CompanyNumber();

    [GeneratedRegex(@"^(Z\d{7}|Z[A-Z]\d{6})$")]
    private static partial Regex IcoNumber();

    [GeneratedRegex(@"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")]
    private static partial Regex Postcode();
}

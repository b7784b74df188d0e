using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Tests.Unit;

public sealed class OrganisationRulesTests
{
    private static OrganisationDetails Valid() => new("Hafan Lles Carers", null, OrganisationSector.VoluntarySector, [ServiceArea.Denbighshire]);

    [Theory]
    [InlineData("7A6")]
    [InlineData("w95010")]
    [InlineData(" RT4 ")]
    public void Ods_codes_are_accepted_and_upper_cased(string code)
    {
        var (clean, problems) = OrganisationRules.Check(Valid() with { OdsCode = code });

        Assert.Empty(problems);
        Assert.Equal(code.Trim().ToUpperInvariant(), clean.OdsCode);
    }

    [Theory]
    [InlineData("charityNumber", "1145226", true)]
    [InlineData("charityNumber", "1145226-1", true)]
    [InlineData("charityNumber", "11452", false)]
    [InlineData("companyNumber", "04712345", true)]
    [InlineData("companyNumber", "sc123456", true)]
    [InlineData("companyNumber", "4712345", false)]
    [InlineData("icoNumber", "Z1234567", true)]
    [InlineData("icoNumber", "za123456", true)]
    [InlineData("icoNumber", "Z123", false)]
    [InlineData("postcode", "cf10 3nq", true)]
    [InlineData("postcode", "LL19 9HH", true)]
    [InlineData("postcode", "12345", false)]
    [InlineData("website", "https://www.torfaen.gov.uk", true)]
    [InlineData("website", "ftp://example.org", false)]
    public void Identifiers_are_checked_for_their_format(string field, string value, bool valid)
    {
        var details = field switch
        {
            "charityNumber" => Valid() with { CharityNumber = value },
            "companyNumber" => Valid() with { CompanyNumber = value },
            "icoNumber" => Valid() with { IcoNumber = value },
            "postcode" => Valid() with { Postcode = value },
            _ => Valid() with { Website = value },
        };

        var (_, problems) = OrganisationRules.Check(details);

        Assert.Equal(valid, problems.Count == 0);
        Assert.All(problems, p => Assert.Equal(field, p.Field));
    }

    [Fact]
    public void The_welsh_name_defaults_to_the_english_and_spaces_are_tidied()
    {
        var (clean, problems) = OrganisationRules.Check(Valid() with { NameEn = "  Hafan   Lles  Carers " });

        Assert.Empty(problems);
        Assert.Equal("Hafan Lles Carers", clean.NameEn);
        Assert.Equal("Hafan Lles Carers", clean.NameCy);
    }

    [Fact]
    public void Every_missing_required_field_is_reported_at_once()
    {
        var (_, problems) = OrganisationRules.Check(new OrganisationDetails(null, null, null, null));

        Assert.Equal(["nameEn", "sector", "areas"], problems.Select(p => p.Field));
    }
}

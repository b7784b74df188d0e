using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Tests.Unit;

/// <summary>A signature's status in the register's words comes from the domain, for the organisation and its history alike.</summary>
public sealed class SignatureStatusTests
{
    [Theory]
    [InlineData("Pending", AccordStatus.Pending)]
    [InlineData("Active", AccordStatus.Active)]
    [InlineData("Rejected", AccordStatus.Rejected)]
    [InlineData("Withdrawn", AccordStatus.Withdrawn)]
    [InlineData("Lapsed", AccordStatus.Lapsed)]
    public void An_organisation_takes_the_register_status_of_its_latest_signature(string latestSignature, AccordStatus expected)
    {
        var latest = Enum.Parse<SignatureStatus>(latestSignature);
        var organisation = new Organisation { Id = Guid.NewGuid() };
        organisation.Signatures.Add(Signature(SignatureStatus.Withdrawn, new DateOnly(2010, 5, 1)));
        organisation.Signatures.Add(Signature(latest, new DateOnly(2013, 6, 1)));

        organisation.RefreshStatus();

        Assert.Equal(expected, organisation.Status);
        Assert.Equal(expected, organisation.LatestSignature!.RegisterStatus);
        Assert.Equal(new DateOnly(2013, 6, 1), organisation.SignedOn);
    }

    [Fact]
    public void Every_signature_status_has_a_register_status()
        => Assert.All(Enum.GetValues<SignatureStatus>(), s => Assert.Equal(s.ToString(), Signature(s, default).RegisterStatus.ToString()));

    private static AccordSignature Signature(SignatureStatus status, DateOnly signedOn) => new()
    {
        Id = Guid.NewGuid(),
        DeclarationVersion = "2024-1",
        SignedByName = "Alison Ward",
        SignedByRole = "Chief Executive",
        SignedOn = signedOn,
        Status = status,
        CreatedAt = new DateTimeOffset(signedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
    };
}

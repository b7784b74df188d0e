using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Domain;

/// <summary>A body registered on the Accord register, with every Accord signature it has made.</summary>
internal sealed class Organisation
{
    public Guid Id { get; init; }
    public string NameEn { get; set; } = "";
    public string NameCy { get; set; } = "";
    public OrganisationSector Sector { get; set; }
    public List<ServiceArea> Areas { get; set; } = [];
    public string? OdsCode { get; set; }
    public string? CharityNumber { get; set; }
    public string? CompanyNumber { get; set; }
    public string? IcoNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }
    public DesignatedPerson? DesignatedPerson { get; set; }
    public Guid? LeadOrganisationId { get; set; }

    /// <summary>The status of the latest signature, kept here so the register can filter and sort on it.</summary>
    public AccordStatus Status { get; set; } = AccordStatus.NotSigned;

    /// <summary>When the latest signature was signed.</summary>
    public DateOnly? SignedOn { get; set; }

    /// <summary>Optimistic concurrency: every change adds one; a client must send the version it last saw.</summary>
    public int Version { get; set; } = 1;

    public DateTimeOffset RegisteredAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<AccordSignature> Signatures { get; init; } = [];

    public AccordSignature? LatestSignature => Signatures.OrderByDescending(s => s.CreatedAt).FirstOrDefault();

    public AccordSignature? CurrentSignature => Signatures.FirstOrDefault(s => s.Status is SignatureStatus.Pending or SignatureStatus.Active);

    public void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    public void RefreshStatus()
    {
        var latest = LatestSignature;
        Status = latest?.RegisterStatus ?? AccordStatus.NotSigned;
        SignedOn = latest?.SignedOn;
    }
}

/// <summary>The organisation's Designated Person / Data Protection Officer contact.</summary>
internal sealed record DesignatedPerson(string Name, string Role, string Email, string? Phone);

using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>A regional QA group (or the national WASPI team) and the reviewers in it.</summary>
internal sealed class QaGroup
{
    public Guid Id { get; init; }
    /// <summary>A short stable name, e.g. <c>north-wales</c>.</summary>
    public required string Code { get; init; }
    public required string NameEn { get; set; }
    public required string NameCy { get; set; }
    /// <summary>The national WASPI team takes whatever no single region covers.</summary>
    public bool IsNational { get; init; }
    /// <summary>The principal areas the group covers (none for the national team).</summary>
    public List<ServiceArea> Areas { get; set; } = [];
    public List<QaGroupMember> Members { get; set; } = [];
}

/// <summary>
/// A member of staff in a group. Keyed by email, not the account id: the host's demo accounts get a fresh id whenever
/// they are created, and this module cannot see the host's accounts to follow it; the email claim is stable.
/// </summary>
internal sealed class QaGroupMember
{
    public Guid Id { get; init; }
    public Guid GroupId { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>A group lead may assign the group's submissions to its reviewers.</summary>
    public bool IsLead { get; set; }
}

namespace SpiPlatform.Protocols.Contracts;

/// <summary>What the Metrics module counts of an agreement: its classification, partners and dated status history.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Kind">ISP or DDA.</param>
/// <param name="ServiceArea">The kind of service it supports.</param>
/// <param name="Status">Where it is now.</param>
/// <param name="Regions">The principal areas it covers, by their Signatories <c>ServiceArea</c> names (e.g. <c>Cardiff</c>).</param>
/// <param name="Partners">Every partner entry, the coordinator included.</param>
/// <param name="History">Each status it entered and when, oldest first (development start as Draft).</param>
/// <param name="ReviewDue">The review date in force now.</param>
public sealed record AgreementFacts(
    Guid Id, string Reference, AgreementKind Kind, AgreementServiceArea ServiceArea, AgreementStatus Status,
    IReadOnlyList<string> Regions, IReadOnlyList<PartnerFact> Partners, IReadOnlyList<StatusEntered> History, DateOnly? ReviewDue = null);

/// <summary>A partner entry of an agreement.</summary>
/// <param name="OrganisationId">The organisation (Signatories id).</param>
/// <param name="Members">How many organisations the entry stands for: 1, or a group's size ("eight GP practices" is 8).</param>
public sealed record PartnerFact(Guid OrganisationId, int Members);

/// <summary>An agreement entered a status on a date.</summary>
/// <param name="Status">The status entered.</param>
/// <param name="On">The date (Welsh time).</param>
/// <param name="ReviewDue">The review date the version entering it carried (null for the development start).</param>
public sealed record StatusEntered(AgreementStatus Status, DateOnly On, DateOnly? ReviewDue = null);

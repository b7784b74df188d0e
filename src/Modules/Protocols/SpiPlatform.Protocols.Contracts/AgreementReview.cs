namespace SpiPlatform.Protocols.Contracts;

/// <summary>What changed between two versions of an agreement, field by field and flow by flow.</summary>
/// <param name="From">The earlier version number.</param>
/// <param name="To">The later version number.</param>
/// <param name="Fields">Each field whose value differs.</param>
/// <param name="Flows">Each information flow added, removed or changed.</param>
public sealed record AgreementVersionDiff(int From, int To, IReadOnlyList<AgreementFieldChange> Fields, IReadOnlyList<AgreementFlowChange> Flows);

/// <summary>One field that differs between two versions.</summary>
/// <param name="Field">The field's stable name, e.g. <c>titleEn</c>.</param>
/// <param name="Label">What the field is called, in the reader's language.</param>
/// <param name="Before">Its value in the earlier version (organisations by name), or null.</param>
/// <param name="After">Its value in the later version, or null.</param>
public sealed record AgreementFieldChange(string Field, string Label, string? Before, string? After);

/// <summary>How an information flow differs between two versions.</summary>
public enum FlowChangeKind
{
    /// <summary>Only in the later version.</summary>
    Added,
    /// <summary>Only in the earlier version.</summary>
    Removed,
    /// <summary>In both, described differently.</summary>
    Changed,
}

/// <summary>One information flow added, removed or changed between two versions.</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="Change">Added, removed or changed.</param>
/// <param name="Before">The flow as it was (stage: from → to, data by method, frequency), or null.</param>
/// <param name="After">The flow as it is, or null.</param>
public sealed record AgreementFlowChange(Guid FlowId, FlowChangeKind Change, string? Before, string? After);

/// <summary>
/// What a quality-assurance reviewer reads of one frozen version of an agreement: labels in the reader's language (the
/// current UI culture), organisations by name.
/// </summary>
/// <param name="Id">The agreement.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="VersionNumber">The immutable version read.</param>
/// <param name="Kind">ISP or DDA, as a label.</param>
/// <param name="TitleEn">English title.</param>
/// <param name="TitleCy">Welsh title.</param>
/// <param name="SummaryEn">English summary.</param>
/// <param name="SummaryCy">Welsh summary.</param>
/// <param name="Purpose">The purpose of the sharing.</param>
/// <param name="ServiceArea">The service area, as a label.</param>
/// <param name="Regions">The principal areas covered, by name.</param>
/// <param name="Coordinator">The coordinating organisation's name.</param>
/// <param name="Partners">Every partner with its role.</param>
/// <param name="ServiceUsers">Whose information is shared.</param>
/// <param name="DataShared">The kinds of information shared, as labels.</param>
/// <param name="ConsentRequired">Whether sharing relies on consent.</param>
/// <param name="Gateways">The legal bases cited from the managed list, as labels (repealed law marked).</param>
/// <param name="OtherLegalBasis">Any other legal basis.</param>
/// <param name="ConsentHowObtained">How consent is obtained.</param>
/// <param name="ConsentReviewInterval">When consent is reviewed.</param>
/// <param name="ConsentOverrideCriteria">When information is shared without consent.</param>
/// <param name="Flows">The information flow reference table.</param>
/// <param name="SecurityNotes">Security arrangements.</param>
/// <param name="RetentionNotes">Retention periods.</param>
/// <param name="ReviewDue">The review date.</param>
/// <param name="DpiaReference">The data protection impact assessment's reference.</param>
/// <param name="DpiaStatus">Its status.</param>
public sealed record AgreementForReview(
    Guid Id, string Reference, int VersionNumber, string Kind, string TitleEn, string TitleCy, string SummaryEn, string SummaryCy,
    string Purpose, string ServiceArea, IReadOnlyList<string> Regions, string Coordinator, IReadOnlyList<ReviewPartner> Partners,
    string ServiceUsers, IReadOnlyList<string> DataShared, bool ConsentRequired, IReadOnlyList<string> Gateways, string? OtherLegalBasis,
    string? ConsentHowObtained, string? ConsentReviewInterval, string? ConsentOverrideCriteria, IReadOnlyList<ReviewFlow> Flows,
    string? SecurityNotes, string? RetentionNotes, DateOnly ReviewDue, string? DpiaReference, string? DpiaStatus);

/// <summary>A partner of an agreement as a reviewer reads it.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="Name">Its name in the reader's language.</param>
/// <param name="Role">Its role, as a label.</param>
public sealed record ReviewPartner(Guid OrganisationId, string Name, string Role);

/// <summary>One row of the information flow reference table as a reviewer reads it.</summary>
/// <param name="Id">The flow.</param>
/// <param name="Stage">The stage, as a label.</param>
/// <param name="From">Who shares, by name.</param>
/// <param name="To">Who receives, by name.</param>
/// <param name="Data">What is shared, as labels.</param>
/// <param name="Method">How, as a label.</param>
/// <param name="Frequency">How often.</param>
/// <param name="LegalBases">The legal bases the flow relies on, as labels (repealed law marked); empty when none is recorded.</param>
public sealed record ReviewFlow(Guid Id, string Stage, string From, string To, IReadOnlyList<string> Data, string Method, string Frequency,
    IReadOnlyList<string>? LegalBases = null);

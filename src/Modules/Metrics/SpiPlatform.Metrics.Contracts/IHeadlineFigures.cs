namespace SpiPlatform.Metrics.Contracts;

/// <summary>The programme's live headline figures, public (ADR 0006): what the home page shows every visitor.</summary>
public interface IHeadlineFigures
{
    /// <summary>Today's active signatories and live agreements, and the newest live agreements (at most <paramref name="newest"/>).</summary>
    Task<HeadlineFigures> ReadAsync(int newest, CancellationToken ct);
}

/// <summary>The headline figures as they stand today (Welsh time).</summary>
/// <param name="ActiveSignatories">Organisations with a verified Accord signature, not withdrawn or lapsed.</param>
/// <param name="LiveAgreements">Agreements live or under review.</param>
/// <param name="NewestLive">The agreements that went live most recently, newest first.</param>
public sealed record HeadlineFigures(int ActiveSignatories, int LiveAgreements, IReadOnlyList<HeadlineAgreement> NewestLive);

/// <summary>A live agreement as the home page lists it.</summary>
/// <param name="Reference">Its reference: its page is <c>/library/{reference}</c>.</param>
/// <param name="TitleEn">Its English title.</param>
/// <param name="TitleCy">Its Welsh title, when it has one.</param>
/// <param name="LiveOn">The day it went live.</param>
public sealed record HeadlineAgreement(string Reference, string TitleEn, string? TitleCy, DateOnly LiveOn);

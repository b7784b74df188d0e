using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Metrics.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Metrics.Areas.CaseStudies.Pages;

/// <summary>
/// Case-study text in the reader's language. On a Welsh page a text with no Welsh is shown in English, marked
/// <c>lang="en"</c> so a screen reader speaks it as English (ADR 0015).
/// </summary>
internal readonly record struct LocalText(string Text, string? Lang)
{
    public static LocalText Of(CaseStudyText text)
        => Bilingual.IsWelsh && string.IsNullOrWhiteSpace(text.Cy) ? new(text.En, "en") : new(Bilingual.Pick(text.En, text.Cy), null);

    /// <summary>The paragraphs of a narrative section (separated by a blank line in the record).</summary>
    public IEnumerable<string> Paragraphs
        => Text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>How the pages word an agreement's figures.</summary>
internal static class CaseStudyLabels
{
    public const string ListPath = "/case-studies";

    public static string PathOf(string slug) => $"{ListPath}/{slug}";

    public static string LibraryPathOf(string reference) => $"/library/{reference}";

    public static string Status(this IStringLocalizer<MetricsResource> l, AgreementStatus status) => l[status switch
    {
        AgreementStatus.Draft => "Draft",
        AgreementStatus.InQualityAssurance => "In quality assurance",
        AgreementStatus.QualityAssured => "Quality assured",
        AgreementStatus.AwaitingSignOff => "Awaiting sign-off",
        AgreementStatus.Live => "Live",
        AgreementStatus.UnderReview => "Under review",
        AgreementStatus.Superseded => "Superseded",
        _ => "Withdrawn",
    }];

    public static string Date(this DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}

/// <summary>A narrative section: the id its heading is known by, the heading and the text.</summary>
internal sealed record CaseStudySection(string Id, string Heading, CaseStudyText Text);

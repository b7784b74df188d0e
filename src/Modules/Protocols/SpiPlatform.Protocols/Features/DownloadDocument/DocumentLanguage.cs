using System.Globalization;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>Which languages the ISP document is written in: <c>en</c>, <c>cy</c>, or <c>both</c> (Welsh first, as the Welsh Language Standards expect).</summary>
internal sealed record DocumentLanguage(string Code, IReadOnlyList<CultureInfo> Cultures)
{
    public static readonly DocumentLanguage English = new("en", [CultureInfo.GetCultureInfo("en-GB")]);
    public static readonly DocumentLanguage Welsh = new("cy", [CultureInfo.GetCultureInfo("cy-GB")]);
    public static readonly DocumentLanguage Both = new("both", [CultureInfo.GetCultureInfo("cy-GB"), CultureInfo.GetCultureInfo("en-GB")]);

    /// <summary>The language asked for; none means the reader's own; anything else is null (refused).</summary>
    public static DocumentLanguage? From(string? code, bool readerIsWelsh) => code?.Trim().ToLowerInvariant() switch
    {
        null or "" => readerIsWelsh ? Welsh : English,
        "en" => English,
        "cy" => Welsh,
        "both" => Both,
        _ => null,
    };
}

using System.Globalization;

namespace SpiPlatform.SharedKernel.Localization;

/// <summary>Which of the platform's two languages the reader has chosen, and text kept in both.</summary>
public static class Bilingual
{
    /// <summary>Whether the current request is in Welsh.</summary>
    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    /// <summary>Text kept in both languages (a name, a title), in the reader's; the English when there is no Welsh.</summary>
    public static string Pick(string english, string? welsh) => IsWelsh && !string.IsNullOrWhiteSpace(welsh) ? welsh : english;
}

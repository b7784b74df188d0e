using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpiPlatform.Protocols.Features.ManageThesaurus;

/// <summary>What a thesaurus term and a concept name may be, and when two of them are the same.</summary>
internal static partial class SynonymText
{
    public const int MinLength = 2;
    public const int MaxLength = 60;

    /// <summary>Trimmed, inner runs of spaces made one, composed (so "ŷ" is one letter whichever keyboard typed it).</summary>
    public static string Clean(string? text)
        => string.Join(' ', (text ?? "").Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>2–60 characters of letters (any accent, so Welsh "ŵ" and "ŷ"), spaces, apostrophes and hyphens, starting and ending with a letter.</summary>
    public static bool IsWellFormed(string clean) => clean.Length is >= MinLength and <= MaxLength && Shape().IsMatch(clean);

    /// <summary>A concept's stored name: lower case, words joined by hyphens, so "Early years" names the concept early-years.</summary>
    public static string ConceptName(string clean) => clean.ToLowerInvariant().Replace(' ', '-');

    /// <summary>How terms are compared: case, accents and the kind of apostrophe ignored, as the search ignores them.</summary>
    public static string Key(string text)
    {
        var key = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
            }
        }
        return key.ToString();
    }

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '’-]*[\p{L}\p{M}]$")]
    private static partial Regex Shape();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// A reader's words, read for the forgiving search: the plain words (for ranking partial matches by how many they
/// match), the thesaurus terms the words name (searched for as well), and the query texts for PostgreSQL's
/// <c>websearch_to_tsquery</c> (which reads quotes, <c>or</c> and <c>-word</c>).
/// </summary>
internal sealed partial record SearchTerms(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> AlsoSearchedFor)
{
    /// <summary>Every word must match, or any one of the thesaurus terms.</summary>
    public string StrictQuery => AlsoSearchedFor.Count == 0 ? Text : Text + " or " + string.Join(" or ", AlsoSearchedFor.Select(Quote));

    /// <summary>Any word may match, or any one of the thesaurus terms.</summary>
    public string RelaxedQuery => string.Join(" or ", Words.Concat(AlsoSearchedFor.Select(Quote)));

    /// <summary>Relaxing helps only when there are at least two words to drop.</summary>
    public bool CanRelax => Words.Count > 1;

    public static SearchTerms Parse(string text, IEnumerable<(string Concept, string Term)> thesaurus)
    {
        var words = PlainWords().Matches(text).Select(m => m.Value)
            .Where(w => !w.Equals("or", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var said = " " + Normalise(text) + " ";
        var terms = thesaurus.Select(t => (t.Concept, t.Term, Normal: Normalise(t.Term))).Where(t => t.Normal.Length > 0).ToList();
        var named = terms.Where(t => said.Contains(" " + t.Normal + " ", StringComparison.Ordinal)).ToList();
        var also = terms.Where(t => named.Any(n => n.Concept == t.Concept) && !named.Any(n => n.Normal == t.Normal))
            .Select(t => t.Term).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new SearchTerms(text, words, also);
    }

    /// <summary>Lower case, without accents, letters and digits only: how the query and a thesaurus term are compared.</summary>
    public static string Normalise(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Quote(string term) => "\"" + term.Replace("\"", "", StringComparison.Ordinal) + "\"";

    // Words the reader wants (not those after a minus sign, which they want left out).
    [GeneratedRegex(@"(?<![-\w])[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex PlainWords();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// A reader's words, read for the forgiving search. A thesaurus term in the words ("early years") becomes a group:
/// the term or any other term of its concept (Flying Start, Dechrau'n Deg …) must match in its place. The rest of the
/// words keep <c>websearch_to_tsquery</c>'s reading (quotes, <c>or</c>, <c>-word</c>).
/// </summary>
internal sealed partial record SearchTerms(string Rest, IReadOnlyList<string> RestWords, IReadOnlyList<IReadOnlyList<string>> Groups, IReadOnlyList<string> AlsoSearchedFor)
{
    /// <summary>Relaxing helps only when there are at least two words or groups to drop.</summary>
    public bool CanRelax => RestWords.Count + Groups.Count > 1;

    /// <summary>The plain words the reader wants, for "Did you mean".</summary>
    public IReadOnlyList<string> Words => [.. RestWords, .. Groups.Select(g => g[0]).SelectMany(t => t.Split(' '))];

    /// <summary>Every word, and one term of each group.</summary>
    public TextMatch Strict() => Build(relaxed: false);

    /// <summary>Any word or any term of a group; ranked by how many of them match.</summary>
    public TextMatch Relaxed() => Build(relaxed: true);

    public static SearchTerms Parse(string text, IEnumerable<(string Concept, string Term)> thesaurus)
    {
        var terms = thesaurus.Select(t => (t.Concept, t.Term, Normal: Normalise(t.Term))).Where(t => t.Normal.Length > 0)
            .OrderByDescending(t => t.Normal.Length).ToList();
        // A copy of the text with each letter lowered and without its accent, the same length, to find terms in.
        var plain = new string([.. text.Select(c => char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]))]);
        var rest = new StringBuilder(text);
        var groups = new List<IReadOnlyList<string>>();
        var named = new List<string>();
        foreach (var term in terms.Where(t => !named.Contains(t.Concept)))
        {
            var pattern = @"(?<![\p{L}\p{N}])" + string.Join(@"[^\p{L}\p{N}]+", term.Normal.Split(' ').Select(Regex.Escape)) + @"(?![\p{L}\p{N}])";
            var found = Regex.Match(plain, pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            if (!found.Success || (found.Index > 0 && plain[found.Index - 1] == '-'))
            {
                continue;
            }
            named.Add(term.Concept);
            plain = plain[..found.Index] + new string(' ', found.Length) + plain[(found.Index + found.Length)..];
            rest.Remove(found.Index, found.Length).Insert(found.Index, new string(' ', found.Length));
            groups.Add([term.Term, .. terms.Where(t => t.Concept == term.Concept && t.Normal != term.Normal).Select(t => t.Term)]);
        }
        var restText = string.Join(' ', rest.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var words = PlainWords().Matches(restText).Select(m => m.Value)
            .Where(w => !w.Equals("or", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new SearchTerms(restText, words, groups, [.. groups.SelectMany(g => g.Skip(1)).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>Lower case, without accents, letters and digits only: how the query and a thesaurus term are compared.</summary>
    public static string Normalise(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
            }
        }
        return string.Join(' ', plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private TextMatch Build(bool relaxed)
    {
        var match = new TextMatch();
        match.Add("rest", relaxed ? string.Join(" or ", RestWords) : Rest);
        match.Add("words", RestWords.ToArray());
        var english = new List<string> { "websearch_to_tsquery('english', @rest)" };
        var welsh = new List<string> { "websearch_to_tsquery('simple', protocols.immutable_unaccent(@rest))" };
        var englishFilter = new List<string>(english);
        var welshFilter = new List<string>(welsh);
        var matched = new List<string>
        {
            """(SELECT count(*) FROM unnest(@words) w WHERE a."SearchVector" @@ plainto_tsquery('english', w) OR a."WelshVector" @@ plainto_tsquery('simple', protocols.immutable_unaccent(w)))""",
        };
        for (var g = 0; g < Groups.Count; g++)
        {
            var names = Groups[g].Select((term, i) => match.Add($"t{g}_{i}", term)).ToList();
            var e = "(" + string.Join(" || ", names.Select(n => $"phraseto_tsquery('english', @{n})")) + ")";
            var w = "(" + string.Join(" || ", names.Select(n => $"phraseto_tsquery('simple', protocols.immutable_unaccent(@{n}))")) + ")";
            english.Add(e);
            welsh.Add(w);
            englishFilter.Add("(" + string.Join(" || ", names.Select(n => $"plainto_tsquery('english', @{n})")) + ")");
            welshFilter.Add("(" + string.Join(" || ", names.Select(n => $"plainto_tsquery('simple', protocols.immutable_unaccent(@{n}))")) + ")");
            matched.Add($"""(a."SearchVector" @@ {e} OR a."WelshVector" @@ {w})::int""");
        }
        var op = relaxed ? " || " : " && ";
        match.English = "(" + string.Join(op, english) + ")";
        match.Welsh = "(" + string.Join(op, welsh) + ")";
        match.EnglishFilter = "(" + string.Join(op, englishFilter) + ")";
        match.WelshFilter = "(" + string.Join(op, welshFilter) + ")";
        match.WordsMatched = string.Join(" + ", matched);
        match.Highlight = string.Join(" or ", RestWords.Concat(Groups.SelectMany(g => g).Select(t => "\"" + t.Replace("\"", "", StringComparison.Ordinal) + "\"")));
        return match;
    }

    // Words the reader wants (not those after a minus sign, which they want left out).
    [GeneratedRegex(@"(?<![-\w])[\p{L}\p{N}][\p{L}\p{N}'’]*")]
    private static partial Regex PlainWords();
}

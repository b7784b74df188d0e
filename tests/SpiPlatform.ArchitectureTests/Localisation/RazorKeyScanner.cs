using System.Text.RegularExpressions;

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// The keys a Razor view asks for: <c>@L["text"]</c> and <c>L["text {0}", value]</c> anywhere in the markup, read
/// with the C# lexer from the bracket to its close (so <c>\"</c> and verbatim strings are handled). Razor comments
/// are skipped; C# code blocks in a view are not scanned for Problems (page code lives in the page model).
/// </summary>
internal static partial class RazorKeyScanner
{
    public static ScannedKeys Scan(string file, string source, IReadOnlySet<string> localizers)
    {
        var text = WithoutComments(source);
        var scanned = new ScannedKeys();
        foreach (Match m in Indexer().Matches(text))
        {
            if (localizers.Contains(m.Groups["name"].Value)
                && Brackets.Items(Brackets.ReadGroup(text, m.Groups["open"].Index), 0) is [var key, ..])
            {
                KeyExpressions.Collect(key, file, scanned);
            }
        }
        return scanned;
    }

    // Blanks each @* comment *@ but keeps its line breaks, so line numbers still match the file.
    private static string WithoutComments(string source)
        => Comment().Replace(source, m => new string([.. m.Value.Select(c => c == '\n' ? '\n' : ' ')]));

    [GeneratedRegex(@"(?<![\w.])(?<name>\w+)(?<open>\[)")]
    private static partial Regex Indexer();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex Comment();
}

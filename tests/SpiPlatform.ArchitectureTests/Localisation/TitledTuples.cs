namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// Display titles kept in a tuple array and asked for later, as the draft editor's
/// <c>(string Step, string Title)[] Steps = [("basics", "Basics"), ...]</c> is by <c>@L[title]</c>:
/// in an array of tuples declared with an element named <c>Title</c>, that element's literals are keys.
/// </summary>
internal static class TitledTuples
{
    public static void Collect(IReadOnlyList<CSharpToken> tokens, string file, ScannedKeys scanned)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Is("("))
            {
                continue;
            }
            var close = Brackets.Close(tokens, i);
            if (close + 2 >= tokens.Count || !tokens[close + 1].Is("[") || !tokens[close + 2].Is("]"))
            {
                continue;
            }
            var title = Brackets.Items(tokens, i).FindIndex(element => element is [.., { Kind: TokenKind.Identifier, Text: "Title" }] && element.Count >= 2);
            if (title >= 0 && Initialiser(tokens, close + 3) is { } open)
            {
                CollectTitles(tokens, open, title, file, scanned);
            }
        }
    }

    /// <summary>The bracket that opens the collection after <c>Name =</c> (skipping <c>new[]</c>).</summary>
    private static int? Initialiser(IReadOnlyList<CSharpToken> tokens, int from)
    {
        if (from + 1 >= tokens.Count || tokens[from].Kind != TokenKind.Identifier || !tokens[from + 1].Is("="))
        {
            return null;
        }
        for (var i = from + 2; i + 1 < tokens.Count && !tokens[i].Is(";"); i++)
        {
            if ((tokens[i].Is("[") || tokens[i].Is("{")) && !Brackets.IsClose(tokens[i + 1]))
            {
                return i;
            }
        }
        return null;
    }

    private static void CollectTitles(IReadOnlyList<CSharpToken> tokens, int open, int title, string file, ScannedKeys scanned)
    {
        foreach (var tuple in Brackets.Items(tokens, open).Where(t => t.Count > 0 && t[0].Is("(")))
        {
            var elements = Brackets.Items(tuple, 0);
            if (elements.Count > title && KeyExpressions.Literal(elements[title]) is { } literal)
            {
                scanned.Keys.Add(new(literal.Text, file, literal.Line));
            }
        }
    }
}

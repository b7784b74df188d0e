namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>Bracket matching and argument lists over tokens: (), [] and {} nest; generics' angle brackets do not.</summary>
internal static class Brackets
{
    public static bool IsOpen(CSharpToken t) => t.Is("(") || t.Is("[") || t.Is("{");

    public static bool IsClose(CSharpToken t) => t.Is(")") || t.Is("]") || t.Is("}");

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/> (or the last token if none does).</summary>
    public static int Close(IReadOnlyList<CSharpToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += IsOpen(tokens[i]) ? 1 : IsClose(tokens[i]) ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        return tokens.Count - 1;
    }

    /// <summary>The comma-separated items between the bracket at <paramref name="open"/> and its close.</summary>
    public static List<List<CSharpToken>> Items(IReadOnlyList<CSharpToken> tokens, int open)
    {
        var items = new List<List<CSharpToken>> { new() };
        var close = Close(tokens, open);
        var depth = 0;
        for (var i = open + 1; i < close; i++)
        {
            var t = tokens[i];
            depth += IsOpen(t) ? 1 : IsClose(t) ? -1 : 0;
            if (depth == 0 && t.Is(","))
            {
                items.Add([]);
            }
            else
            {
                items[^1].Add(t);
            }
        }
        return items.Count == 1 && items[0].Count == 0 ? [] : items;
    }

    /// <summary>Lexes <paramref name="source"/> from the bracket at <paramref name="offset"/> up to the one that closes it.</summary>
    public static List<CSharpToken> ReadGroup(string source, int offset)
    {
        var tokens = new List<CSharpToken>();
        var depth = 0;
        foreach (var t in CSharpLexer.Read(source, offset))
        {
            tokens.Add(t);
            depth += IsOpen(t) ? 1 : IsClose(t) ? -1 : 0;
            if (depth == 0)
            {
                break;
            }
        }
        return tokens;
    }
}

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// The keys behind <c>l[Type.Method(...)]</c>: the string literals that the arms of the method's body return
/// (<c>A => "text"</c>), read from <c>Type.cs</c>.
/// </summary>
internal static class SwitchTexts
{
    public static List<SourceText> Of(string file, string source, string method)
    {
        var tokens = CSharpLexer.Read(source).ToList();
        var texts = new List<SourceText>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!tokens[i].IsIdentifier(method) || !tokens[i + 1].Is("("))
            {
                continue;
            }
            var (from, to) = Body(tokens, Brackets.Close(tokens, i + 1) + 1);
            for (var k = from + 1; k <= to; k++)
            {
                if (tokens[k].Kind == TokenKind.Text && tokens[k - 1].Is("=>"))
                {
                    texts.Add(new(tokens[k].Text, file, tokens[k].Line));
                }
            }
        }
        return texts;
    }

    /// <summary>A method body from <paramref name="at"/>: <c>=> ...;</c> or <c>{ ... }</c>; empty when it is a call, not a declaration.</summary>
    private static (int From, int To) Body(IReadOnlyList<CSharpToken> tokens, int at)
    {
        if (at >= tokens.Count)
        {
            return (at, at - 1);
        }
        if (tokens[at].Is("{"))
        {
            return (at, Brackets.Close(tokens, at));
        }
        if (!tokens[at].Is("=>"))
        {
            return (at, at - 1);
        }
        var depth = 0;
        for (var i = at; i < tokens.Count; i++)
        {
            depth += Brackets.IsOpen(tokens[i]) ? 1 : Brackets.IsClose(tokens[i]) ? -1 : 0;
            if (depth == 0 && tokens[i].Is(";"))
            {
                return (at, i);
            }
        }
        return (at, tokens.Count - 1);
    }
}

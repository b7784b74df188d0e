namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>The key argument of a localizer call or a Problem factory: what it contributes to the scan.</summary>
internal static class KeyExpressions
{
    /// <summary>
    /// Every string literal in the expression is a key (so both arms of a ternary and every arm of a
    /// <c>switch</c> count); an interpolated string is a key built at run time; <c>Type.Method(...)</c> is a key
    /// that method returns. Returns the identifier when the expression is only that, a value passed in from elsewhere.
    /// </summary>
    public static CSharpToken? Collect(IReadOnlyList<CSharpToken> expression, string file, ScannedKeys scanned)
    {
        foreach (var t in expression)
        {
            if (t.Kind == TokenKind.Text)
            {
                scanned.Keys.Add(new(t.Text, file, t.Line));
            }
            else if (t.Kind == TokenKind.InterpolatedText)
            {
                scanned.BuiltAtRunTime.Add(new("$\"...\"", file, t.Line));
            }
        }
        if (IsMethodCall(expression) && expression.All(t => t.Kind != TokenKind.Text))
        {
            scanned.FromMethods.Add(new(expression[0].Text, expression[2].Text, file, expression[0].Line));
        }
        return expression is [{ Kind: TokenKind.Identifier } only] ? only : null;
    }

    /// <summary>Exactly <c>Type.Method(...)</c>.</summary>
    private static bool IsMethodCall(IReadOnlyList<CSharpToken> e)
        => e.Count >= 5 && e[0].Kind == TokenKind.Identifier && e[1].Is(".") && e[2].Kind == TokenKind.Identifier && e[3].Is("(")
           && Brackets.Close(e, 3) == e.Count - 1;

    /// <summary>The literal when the expression is exactly one string literal.</summary>
    public static CSharpToken? Literal(IReadOnlyList<CSharpToken> expression)
        => expression is [{ Kind: TokenKind.Text } only] ? only : null;
}

namespace SpiPlatform.ArchitectureTests.Localisation;

internal enum TokenKind
{
    Identifier,
    /// <summary>A string literal; <see cref="CSharpToken.Text"/> holds its value, escapes decoded.</summary>
    Text,
    /// <summary>An interpolated string: its text is only known at run time.</summary>
    InterpolatedText,
    Symbol,
    Other,
}

/// <summary>One token of C# source, with the line it starts on.</summary>
internal readonly record struct CSharpToken(TokenKind Kind, string Text, int Line)
{
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    public bool IsIdentifier(string name) => Kind == TokenKind.Identifier && Text == name;
}

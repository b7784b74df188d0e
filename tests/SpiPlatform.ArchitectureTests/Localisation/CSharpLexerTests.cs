namespace SpiPlatform.ArchitectureTests.Localisation;

public sealed class CSharpLexerTests
{
    private static List<string> Texts(string source)
        => [.. CSharpLexer.Read(source).Where(t => t.Kind == TokenKind.Text).Select(t => t.Text)];

    [Theory]
    [InlineData("""x = "a \"quoted\" word";""", "a \"quoted\" word")]
    [InlineData("""x = "tab\there\u00e2";""", "tab\there\u00e2")]
    [InlineData("x = @\"C:\\dir \"\"quoted\"\"\";", "C:\\dir \"quoted\"")]
    [InlineData("x = \"\"\"raw \"text\" here\"\"\";", "raw \"text\" here")]
    [InlineData("x = \"\"\"\n    line one\n    line two\n    \"\"\";", "line one\nline two")]
    [InlineData("""x = "bytes"u8;""", "bytes")]
    public void String_literals_are_decoded(string source, string expected)
        => Assert.Equal([expected], Texts(source));

    [Fact]
    public void Comments_and_preprocessor_lines_hold_no_strings()
        => Assert.Equal(["code"], Texts("// \"line\"\n/* \"block\" */\n#pragma warning disable \"x\"\nvar s = \"code\";"));

    [Fact]
    public void A_quote_in_a_char_literal_does_not_start_a_string()
        => Assert.Equal(["after"], Texts("""var q = '"'; var e = '\''; var s = "after";"""));

    [Fact]
    public void An_interpolated_string_is_read_whole_with_the_strings_in_its_holes()
    {
        var tokens = CSharpLexer.Read("""var s = $"{(a ? "x" : "y")} {{literal}} {b:N0}"; l["next"]""").ToList();

        Assert.Single(tokens, t => t.Kind == TokenKind.InterpolatedText);
        Assert.Equal(["next"], tokens.Where(t => t.Kind == TokenKind.Text).Select(t => t.Text));
    }

    [Fact]
    public void Tokens_carry_their_line_also_when_read_from_an_offset()
    {
        const string Source = "one\ntwo\n  \"three\"";

        Assert.Equal(3, CSharpLexer.Read(Source).Single(t => t.Kind == TokenKind.Text).Line);
        Assert.Equal(3, CSharpLexer.Read(Source, Source.IndexOf('"', StringComparison.Ordinal)).Single().Line);
    }

    [Fact]
    public void A_lambda_arrow_is_one_symbol()
        => Assert.Contains(CSharpLexer.Read("A => \"x\""), t => t.Is("=>"));
}

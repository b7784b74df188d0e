using System.Globalization;
using System.Text;

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// Just enough of a C# lexer to find string literals and brackets. Comments and preprocessor lines are skipped;
/// regular, verbatim, interpolated and raw strings and char literals are read whole, so a quote or a bracket in
/// them is never taken for code. It reads lazily, so a Razor view can be read from an offset until a bracket closes
/// (the markup after it is never lexed as C#).
/// </summary>
internal static class CSharpLexer
{
    public static IEnumerable<CSharpToken> Read(string source, int start = 0)
    {
        var cursor = new Cursor(source, start);
        while (cursor.Next() is { } token)
        {
            yield return token;
        }
    }

    private sealed class Cursor(string source, int start)
    {
        private int _at = start;
        private int _line = 1 + source.AsSpan(0, start).Count('\n');

        private char At(int ahead = 0) => _at + ahead < source.Length ? source[_at + ahead] : '\0';

        private bool AtEnd => _at >= source.Length;

        private void Skip(int count = 1)
        {
            for (var i = 0; i < count && !AtEnd; i++)
            {
                _line += source[_at] == '\n' ? 1 : 0;
                _at++;
            }
        }

        public CSharpToken? Next()
        {
            SkipTrivia();
            if (AtEnd)
            {
                return null;
            }
            var line = _line;
            var c = At();
            if (c == '"' || (c == '@' && At(1) == '"'))
            {
                return new CSharpToken(TokenKind.Text, ReadString(interpolated: false), line);
            }
            if (c == '$' || (c == '@' && At(1) == '$'))
            {
                ReadString(interpolated: true);
                return new CSharpToken(TokenKind.InterpolatedText, "", line);
            }
            if (c == '\'')
            {
                ReadCharLiteral();
                return new CSharpToken(TokenKind.Other, "'", line);
            }
            if (char.IsLetter(c) || c == '_' || c == '@')
            {
                return new CSharpToken(TokenKind.Identifier, ReadWhile(ch => char.IsLetterOrDigit(ch) || ch == '_', skipFirst: c == '@'), line);
            }
            if (char.IsDigit(c))
            {
                return new CSharpToken(TokenKind.Other, ReadWhile(ch => char.IsLetterOrDigit(ch) || ch == '_' || ch == '.', skipFirst: false), line);
            }
            if (c == '=' && At(1) == '>')
            {
                Skip(2);
                return new CSharpToken(TokenKind.Symbol, "=>", line);
            }
            Skip();
            return new CSharpToken(TokenKind.Symbol, c.ToString(), line);
        }

        private void SkipTrivia()
        {
            while (!AtEnd)
            {
                if (char.IsWhiteSpace(At()))
                {
                    Skip();
                }
                else if ((At() == '/' && At(1) == '/') || At() == '#')
                {
                    SkipPast("\n");
                }
                else if (At() == '/' && At(1) == '*')
                {
                    SkipPast("*/");
                }
                else
                {
                    return;
                }
            }
        }

        private void SkipPast(string end)
        {
            var found = source.IndexOf(end, _at, StringComparison.Ordinal);
            Skip((found < 0 ? source.Length : found + end.Length) - _at);
        }

        private string ReadWhile(Func<char, bool> part, bool skipFirst)
        {
            if (skipFirst)
            {
                Skip();
            }
            var begin = _at;
            while (!AtEnd && part(At()))
            {
                Skip();
            }
            return source[begin.._at];
        }

        /// <summary>Reads a string literal from its prefix (<c>$</c>, <c>@</c>) to its closing quote; returns its value.</summary>
        private string ReadString(bool interpolated)
        {
            var verbatim = false;
            while (At() is '$' or '@')
            {
                verbatim |= At() == '@';
                Skip();
            }
            if (At(1) == '"' && At(2) == '"')
            {
                return ReadRaw();
            }
            Skip();
            var value = new StringBuilder();
            while (!AtEnd)
            {
                var c = At();
                if (c == '"' && verbatim && At(1) == '"')
                {
                    value.Append('"');
                    Skip(2);
                }
                else if (c == '"')
                {
                    Skip();
                    break;
                }
                else if (c == '\n' && !verbatim)
                {
                    break;
                }
                else if (c == '\\' && !verbatim)
                {
                    value.Append(ReadEscape());
                }
                else if (interpolated && (c is '{' or '}') && At(1) == c)
                {
                    value.Append(c);
                    Skip(2);
                }
                else if (interpolated && c == '{')
                {
                    SkipHole();
                }
                else
                {
                    value.Append(c);
                    Skip();
                }
            }
            SkipU8Suffix();
            return value.ToString();
        }

        private string ReadEscape()
        {
            var code = At(1);
            Skip(2);
            return code switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                '0' => "\0",
                'a' => "\a",
                'b' => "\b",
                'f' => "\f",
                'v' => "\v",
                'e' => "\u001b",
                'u' => Hex(4, 4),
                'U' => Hex(8, 8),
                'x' => Hex(1, 4),
                _ => code.ToString(),
            };
        }

        private string Hex(int least, int most)
        {
            var digits = ReadWhileAtMost(most, char.IsAsciiHexDigit);
            return digits.Length < least ? "" : char.ConvertFromUtf32(int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        private string ReadWhileAtMost(int most, Func<char, bool> part)
        {
            var begin = _at;
            while (_at - begin < most && !AtEnd && part(At()))
            {
                Skip();
            }
            return source[begin.._at];
        }

        /// <summary>Skips an interpolation hole, <c>{ ... }</c>, whose code may hold strings and braces of its own.</summary>
        private void SkipHole()
        {
            Skip();
            var depth = 1;
            while (!AtEnd && depth > 0)
            {
                var c = At();
                if (c is '"' or '$' || (c == '@' && At(1) is '"' or '$'))
                {
                    ReadString(interpolated: c != '"' && (c == '$' || At(1) == '$'));
                    continue;
                }
                if (c == '\'')
                {
                    ReadCharLiteral();
                    continue;
                }
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                Skip();
            }
        }

        private string ReadRaw()
        {
            var quotes = ReadWhile(ch => ch == '"', skipFirst: false).Length;
            var close = new string('"', quotes);
            var end = source.IndexOf(close, _at, StringComparison.Ordinal);
            var content = source[_at..(end < 0 ? source.Length : end)];
            Skip(content.Length + quotes);
            SkipU8Suffix();
            return RawValue(content);
        }

        // A multi-line raw string drops its first and last line breaks and the closing line's indentation.
        private static string RawValue(string content)
        {
            if (!content.StartsWith('\n') && !content.StartsWith("\r\n", StringComparison.Ordinal))
            {
                return content;
            }
            var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')[1..];
            var indent = lines[^1].Length;
            return string.Join('\n', lines[..^1].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        }

        private void ReadCharLiteral()
        {
            Skip();
            while (!AtEnd && At() != '\'' && At() != '\n')
            {
                Skip(At() == '\\' ? 2 : 1);
            }
            Skip();
        }

        private void SkipU8Suffix()
        {
            if (At() == 'u' && At(1) == '8')
            {
                Skip(2);
            }
        }
    }
}

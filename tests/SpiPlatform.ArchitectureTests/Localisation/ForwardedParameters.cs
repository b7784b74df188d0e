namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// A helper that takes the message as a parameter and hands it to the localizer or a Problem factory, as
/// <c>Identifier(value, "odsCode", format, "An NHS ODS code is ...", problems)</c> does: when a key argument is a
/// bare identifier and a method or local function of the same file has a <c>string</c> parameter of that name,
/// the literal passed at that position by each call in the file is a key.
/// </summary>
internal static class ForwardedParameters
{
    private sealed record Parameter(string Method, int Position, int Open, string Name);

    /// <returns>Those of <paramref name="names"/> that are a string parameter of a method of the file.</returns>
    public static HashSet<string> Collect(IReadOnlyList<CSharpToken> tokens, IReadOnlySet<string> names, string file, ScannedKeys scanned)
    {
        var parameters = names.Count == 0 ? [] : Parameters(tokens, names);
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Identifier || !tokens[i + 1].Is("("))
            {
                continue;
            }
            foreach (var p in parameters.Where(p => p.Method == tokens[i].Text && p.Open != i + 1))
            {
                if (Brackets.Items(tokens, i + 1) is var arguments && arguments.Count > p.Position
                    && KeyExpressions.Literal(arguments[p.Position]) is { } literal)
                {
                    scanned.Keys.Add(new(literal.Text, file, literal.Line));
                }
            }
        }
        return [.. parameters.Select(p => p.Name)];
    }

    private static List<Parameter> Parameters(IReadOnlyList<CSharpToken> tokens, IReadOnlySet<string> names)
    {
        var found = new List<Parameter>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Identifier && tokens[i + 1].Is("("))
            {
                var items = Brackets.Items(tokens, i + 1);
                for (var p = 0; p < items.Count; p++)
                {
                    if (StringParameterName(items[p]) is { } name && names.Contains(name))
                    {
                        found.Add(new(tokens[i].Text, p, i + 1, name));
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The name in <c>string name</c>, <c>string? name</c> or <c>string name = ...</c>; a call's argument never looks so.</summary>
    private static string? StringParameterName(List<CSharpToken> item)
    {
        var at = item.FindIndex(t => t.IsIdentifier("string"));
        if (at < 0 || item.Take(at).Any(t => t.Kind != TokenKind.Identifier || t.Text is not ("this" or "params" or "in" or "scoped")))
        {
            return null;
        }
        at += at + 1 < item.Count && item[at + 1].Is("?") ? 2 : 1;
        return at < item.Count && item[at].Kind == TokenKind.Identifier && (at + 1 == item.Count || item[at + 1].Is("="))
            ? item[at].Text
            : null;
    }
}

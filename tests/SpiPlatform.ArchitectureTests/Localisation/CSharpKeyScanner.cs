namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// The keys a C# file asks for:
/// <list type="number">
/// <item>a localizer's indexer, <c>l["text"]</c> or <c>l["text {0}", value]</c>: the literals of its first argument
/// (every arm of <c>l[x switch { A => "text", ... }]</c>);</item>
/// <item>a Problem factory's message, which pages show translated: <c>Problem.Invalid(field, "text")</c>,
/// <c>Problem.Conflict("text")</c>, <c>Problem.NotFound("text")</c>, <c>Problem.Forbidden("text")</c>, and
/// <c>Problem.Describe(code, field, "template {0}", values)</c> whose literal values are looked up too;</item>
/// <item>a message passed into a helper of the same file that hands it to one of the above
/// (<see cref="ForwardedParameters"/>);</item>
/// <item>the <c>Title</c> element of a declared tuple array (<see cref="TitledTuples"/>).</item>
/// </list>
/// </summary>
internal static class CSharpKeyScanner
{
    private static readonly Dictionary<string, int> ProblemMessageArgument = new(StringComparer.Ordinal)
    {
        ["Invalid"] = 1,
        ["Conflict"] = 0,
        ["NotFound"] = 0,
        ["Forbidden"] = 0,
        ["Describe"] = 2,
    };

    /// <param name="problemsAreShown">False for code whose Problems only an API client sees (English by design).</param>
    public static ScannedKeys Scan(string file, string source, IReadOnlySet<string> localizers, bool problemsAreShown)
    {
        var tokens = CSharpLexer.Read(source).ToList();
        var scanned = new ScannedKeys();
        var forwarded = new HashSet<string>(StringComparer.Ordinal);
        var messagesInVariables = new List<CSharpToken>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (IsLocalizerIndexer(tokens, i, localizers) && Brackets.Items(tokens, i + 1) is [var key, ..])
            {
                AddName(forwarded, KeyExpressions.Collect(key, file, scanned));
            }
            else if (problemsAreShown && ProblemFactory(tokens, i) is { } messageAt)
            {
                var arguments = Brackets.Items(tokens, i + 3);
                if (arguments.Count > messageAt && KeyExpressions.Collect(arguments[messageAt], file, scanned) is { } variable)
                {
                    forwarded.Add(variable.Text);
                    messagesInVariables.Add(variable);
                }
                if (tokens[i + 2].Text == "Describe")
                {
                    CollectValues(arguments.Skip(messageAt + 1), file, scanned, forwarded);
                }
            }
        }
        var traced = ForwardedParameters.Collect(tokens, forwarded, file, scanned);
        scanned.Untraced.AddRange(messagesInVariables.Where(v => !traced.Contains(v.Text)).Select(v => new SourceText(v.Text, file, v.Line)));
        TitledTuples.Collect(tokens, file, scanned);
        return scanned;
    }

    private static bool IsLocalizerIndexer(List<CSharpToken> tokens, int i, IReadOnlySet<string> localizers)
        => tokens[i].Kind == TokenKind.Identifier && localizers.Contains(tokens[i].Text) && tokens[i + 1].Is("[")
           && (i == 0 || !tokens[i - 1].Is("."));

    /// <summary>For <c>Problem.Factory(</c> at <paramref name="i"/>, the index of its message argument.</summary>
    private static int? ProblemFactory(List<CSharpToken> tokens, int i)
        => i + 3 < tokens.Count && tokens[i].IsIdentifier("Problem") && tokens[i + 1].Is(".") && tokens[i + 3].Is("(")
           && ProblemMessageArgument.TryGetValue(tokens[i + 2].Text, out var at)
            ? at
            : null;

    // ProblemText looks each text value up too: a literal value is a key, an identifier may be a forwarded one.
    private static void CollectValues(IEnumerable<List<CSharpToken>> values, string file, ScannedKeys scanned, HashSet<string> forwarded)
    {
        foreach (var value in values)
        {
            if (KeyExpressions.Literal(value) is { } literal)
            {
                scanned.Keys.Add(new(literal.Text, file, literal.Line));
            }
            else if (value is [{ Kind: TokenKind.Identifier } name])
            {
                forwarded.Add(name.Text);
            }
        }
    }

    private static void AddName(HashSet<string> names, CSharpToken? name)
    {
        if (name is { } identifier)
        {
            names.Add(identifier.Text);
        }
    }
}

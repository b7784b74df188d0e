namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>Every key a project's sources ask for, and the ones the scan cannot check.</summary>
internal sealed record ProjectKeys(IReadOnlyList<SourceText> Keys, IReadOnlyList<string> Unverifiable)
{
    /// <summary>Problems made in a GraphQL folder reach only API clients, whose errors are English by design.</summary>
    private const string ApiOnlyFolder = "/GraphQL/";

    public static ProjectKeys Of(SourceProject project, Func<string, string> read, IReadOnlyDictionary<string, string> csharpFilesByName)
    {
        var sources = project.Sources.ToDictionary(f => f, read);
        var localizers = LocalizerNames.In(sources.Values);
        var keys = new List<SourceText>();
        var unverifiable = new List<string>();
        foreach (var (file, source) in sources)
        {
            var scanned = file.EndsWith(".cshtml", StringComparison.Ordinal)
                ? RazorKeyScanner.Scan(file, source, localizers)
                : CSharpKeyScanner.Scan(file, source, localizers, problemsAreShown: !file.Contains(ApiOnlyFolder, StringComparison.Ordinal));
            keys.AddRange(scanned.Keys);
            unverifiable.AddRange(scanned.BuiltAtRunTime.Select(k => $"key built at run time {k}"));
            unverifiable.AddRange(scanned.Untraced.Select(v => $"Problem message held in '{v.Text}', which is no string parameter of a helper in the file ({v.File}:{v.Line})"));
            foreach (var call in scanned.FromMethods)
            {
                var texts = csharpFilesByName.TryGetValue(call.Type + ".cs", out var typeFile)
                    ? SwitchTexts.Of(typeFile, read(typeFile), call.Method)
                    : [];
                keys.AddRange(texts);
                if (texts.Count == 0)
                {
                    unverifiable.Add($"no texts found for {call}: expected a switch of literals in {call.Type}.cs");
                }
            }
        }
        return new(keys, unverifiable);
    }
}

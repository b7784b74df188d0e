namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>A text that source code asks the localizer for (the English text is the key), and where it is written.</summary>
internal sealed record SourceText(string Text, string File, int Line)
{
    public override string ToString() => $"\"{Text}\" ({File}:{Line})";
}

/// <summary>A key that a method elsewhere returns, as in <c>l[OrganisationSectorNames.English(sector)]</c>.</summary>
internal sealed record KeyFromMethod(string Type, string Method, string File, int Line)
{
    public override string ToString() => $"[{Type}.{Method}(...)] ({File}:{Line})";
}

/// <summary>What one source file asks the localizer for.</summary>
internal sealed class ScannedKeys
{
    public List<SourceText> Keys { get; } = [];

    /// <summary>Keys built at run time (interpolated strings): no resource file can hold their translation.</summary>
    public List<SourceText> BuiltAtRunTime { get; } = [];

    public List<KeyFromMethod> FromMethods { get; } = [];

    /// <summary>Problem messages held in a variable that is no string parameter of a helper in the same file.</summary>
    public List<SourceText> Untraced { get; } = [];
}

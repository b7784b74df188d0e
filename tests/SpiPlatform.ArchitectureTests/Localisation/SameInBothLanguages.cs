namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// The short list of texts whose Welsh is, rightly, the English: a Welsh value equal to its key is otherwise taken
/// for a translation someone forgot. Add a text only with the reason it is the same in Welsh.
/// </summary>
internal static class SameInBothLanguages
{
    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Data"] = "Welsh uses the same word (data)",
        ["Partner"] = "Welsh uses the same word (partner)",
        ["Sector"] = "Welsh uses the same word (sector)",
    };

    public static IReadOnlySet<string> Keys { get; } = Texts.Keys.ToHashSet(StringComparer.Ordinal);
}

namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>How a project's keys and its Welsh entries fail to match; every list empty means parity.</summary>
internal sealed record ParityReport(
    IReadOnlyList<SourceText> Missing,
    IReadOnlyList<WelshEntry> Empty,
    IReadOnlyList<WelshEntry> SameAsEnglish,
    IReadOnlyList<WelshEntry> Orphaned,
    IReadOnlyList<CaseClash> CaseDuplicates);

/// <summary>Two entries whose names differ only in case: the build keeps the first and drops the other.</summary>
internal sealed record CaseClash(WelshEntry Kept, WelshEntry Dropped)
{
    public override string ToString() => $"{Dropped} is dropped for \"{Kept.Name}\" (line {Kept.Line})";
}

internal static class WelshParity
{
    /// <param name="sameInBothLanguages">Keys whose Welsh may equal the English (names, acronyms).</param>
    public static ParityReport Check(IEnumerable<SourceText> keys, IReadOnlyList<WelshEntry> entries, IReadOnlySet<string> sameInBothLanguages)
    {
        var keyList = keys.ToList();
        var asked = keyList.Select(k => k.Text).ToHashSet(StringComparer.Ordinal);
        var translated = entries.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return new(
            Missing: [.. keyList.Where(k => !translated.Contains(k.Text)).DistinctBy(k => k.Text)],
            Empty: [.. entries.Where(e => string.IsNullOrWhiteSpace(e.Value))],
            SameAsEnglish: [.. entries.Where(e => e.Value == e.Name && !sameInBothLanguages.Contains(e.Name))],
            Orphaned: [.. entries.Where(e => !asked.Contains(e.Name))],
            // The resource build keeps only the first of names that differ only in case; the lookup is case-sensitive,
            // so the other text is shown in English.
            CaseDuplicates: [.. entries.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).SelectMany(g => g.Skip(1).Select(d => new CaseClash(g.First(), d)))]);
    }
}

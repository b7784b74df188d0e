namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>
/// Every text a view, page model, label class or validation message asks the localizer for has Welsh in its
/// project's <c>.cy.resx</c>, and every Welsh entry is still asked for. The key belongs to the project whose
/// source asks for it (the host's pages to the host, a module's to the module).
/// </summary>
public sealed class WelshResourcesTests
{
    private static readonly Lazy<IReadOnlyList<ProjectParity>> Scanned = new(Scan);

    [Fact]
    public void The_host_and_the_modules_with_Welsh_resources_are_scanned()
    {
        var withWelsh = Scanned.Value.Where(p => p.Project.WelshResources.Count > 0).ToList();

        Assert.Contains(withWelsh, p => p.Project.Name == "SpiPlatform.Host");
        Assert.True(withWelsh.Count >= 3, "expected the host's and at least two modules' Welsh resources, found " + withWelsh.Count);
        Assert.All(withWelsh, p => Assert.True(p.Keys.Keys.Count > 0, p.Project.Name + ": no localised text found in its source"));
    }

    [Fact]
    public void Every_text_asked_for_has_a_Welsh_entry_in_its_projects_resources()
        => ExpectNone("Texts with no Welsh entry (add them to the project's .cy.resx)", p => p.Report.Missing);

    [Fact]
    public void No_Welsh_value_is_empty()
        => ExpectNone("Empty Welsh values", p => p.Report.Empty);

    [Fact]
    public void A_Welsh_value_equal_to_its_English_is_on_the_allow_list()
        => ExpectNone($"Welsh equal to the English, not in {nameof(SameInBothLanguages)} (translate, or allow with a reason)", p => p.Report.SameAsEnglish);

    [Fact]
    public void No_Welsh_entry_is_orphaned()
        => ExpectNone("Welsh entries no source asks for (remove them, or ask for them)", p => p.Report.Orphaned);

    [Fact]
    public void No_two_Welsh_entries_differ_only_in_case()
        => ExpectNone("Welsh entries whose names differ only in case from an earlier one (the build drops them and the lookup is case-sensitive, so that text shows in English)", p => p.Report.CaseDuplicates);

    [Fact]
    public void Every_key_is_a_text_the_scan_can_check()
        => ExpectNone("Keys the scan cannot check (ask for a literal text)", p => p.Keys.Unverifiable);

    [Fact]
    public void Every_allowed_same_text_is_a_Welsh_entry_equal_to_its_English()
    {
        var same = Scanned.Value.SelectMany(p => p.Entries).Where(e => e.Name == e.Value).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(SameInBothLanguages.Keys, k => Assert.Contains(k, same));
    }

    private static void ExpectNone<T>(string what, Func<ProjectParity, IEnumerable<T>> findings)
    {
        var lines = Scanned.Value
            .Select(p => (p.Project, Found: findings(p).Select(f => "    " + f).ToList()))
            .Where(p => p.Found.Count > 0)
            .SelectMany(p => p.Found.Prepend($"  {p.Project.Name} ({Resources(p.Project)}), {p.Found.Count}:"))
            .ToList();
        if (lines.Count > 0)
        {
            Assert.Fail(what + ":\n" + string.Join('\n', lines));
        }
    }

    private static string Resources(SourceProject project)
        => project.WelshResources.Count == 0 ? "no .cy.resx" : string.Join(", ", project.WelshResources);

    private static IReadOnlyList<ProjectParity> Scan()
    {
        var tree = SourceTree.Find();
        var byName = tree.CSharpFilesByName();
        return [.. tree.Projects().Select(project =>
        {
            var keys = ProjectKeys.Of(project, tree.Read, byName);
            var entries = project.WelshResources.SelectMany(r => WelshEntry.Read(r, tree.Read(r))).ToList();
            return new ProjectParity(project, keys, entries, WelshParity.Check(keys.Keys, entries, SameInBothLanguages.Keys));
        })];
    }

    private sealed record ProjectParity(SourceProject Project, ProjectKeys Keys, IReadOnlyList<WelshEntry> Entries, ParityReport Report);
}

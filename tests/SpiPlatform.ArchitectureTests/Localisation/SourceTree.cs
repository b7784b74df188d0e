namespace SpiPlatform.ArchitectureTests.Localisation;

/// <summary>A project under src: its folder, its C# and Razor sources and its Welsh resource files.</summary>
internal sealed record SourceProject(string Name, string Folder, IReadOnlyList<string> Sources, IReadOnlyList<string> WelshResources);

/// <summary>The repository's source, found from the test's bin folder; paths are relative to the repository root, with '/'.</summary>
internal sealed class SourceTree(string root)
{
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "Migrations"];

    public string Root { get; } = root;

    /// <summary>The folder holding SpiPlatform.sln, walking up from the test's own folder.</summary>
    public static SourceTree Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpiPlatform.sln")))
            {
                return new SourceTree(dir.FullName);
            }
        }
        throw new InvalidOperationException("No SpiPlatform.sln above " + AppContext.BaseDirectory);
    }

    public IReadOnlyList<SourceProject> Projects()
        => [.. Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !Skipped(p))
            .Order(StringComparer.Ordinal)
            .Select(p => Path.GetDirectoryName(p)!)
            .Select(dir => new SourceProject(
                Path.GetFileName(dir),
                Relative(dir),
                [.. Files(dir, "*.cs").Concat(Files(dir, "*.cshtml"))],
                [.. Files(dir, "*.cy.resx")]))];

    /// <summary>Every C# file under src, by file name: where a type named like the file is declared.</summary>
    public IReadOnlyDictionary<string, string> CSharpFilesByName()
        => Files(Path.Combine(Root, "src"), "*.cs").GroupBy(Path.GetFileName).ToDictionary(g => g.Key!, g => g.First(), StringComparer.Ordinal);

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    private IEnumerable<string> Files(string dir, string pattern)
        => Directory.GetFiles(dir, pattern, SearchOption.AllDirectories).Where(f => !Skipped(f)).Select(Relative).Order(StringComparer.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private bool Skipped(string path)
        => Path.GetRelativePath(Root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(SkippedFolders.Contains);
}

namespace SpiPlatform.Bench;

/// <summary>Where the benchmark works: the database, the repository (to find the built app), and the app's address.</summary>
internal sealed record BenchSettings(string Database, string RepositoryRoot, string? AppUrl, int AppPort, string ResultsDirectory)
{
    public static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpiPlatform.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("SpiPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}

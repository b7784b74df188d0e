namespace SpiPlatform.ArchitectureTests;

/// <summary>
/// Contracts are what other modules compile against, so they carry no storage: a Contracts assembly references
/// neither EF Core nor Npgsql.
/// </summary>
public static class ContractsRules
{
    private static readonly string[] DatabaseAssemblies = ["Microsoft.EntityFrameworkCore", "Npgsql"];

    public static IReadOnlyList<string> DatabaseReferences(IEnumerable<AssemblyNode> assemblies)
        => [.. assemblies.Where(a => ModuleRules.IsContracts(a.Name))
            .SelectMany(a => a.References.Where(IsDatabase).Select(r => $"{a.Name} must not reference {r}"))];

    private static bool IsDatabase(string reference)
        => DatabaseAssemblies.Any(d => reference == d || reference.StartsWith(d + ".", StringComparison.Ordinal));
}

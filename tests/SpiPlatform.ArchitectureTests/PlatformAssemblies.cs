using System.Reflection;

namespace SpiPlatform.ArchitectureTests;

/// <summary>The platform's assemblies as built beside the tests (the test projects themselves left out).</summary>
internal static class PlatformAssemblies
{
    public static IReadOnlyList<Assembly> Load()
        => [.. Directory.GetFiles(AppContext.BaseDirectory, ModuleRules.Prefix + "*.dll")
            .Where(f => !Path.GetFileName(f).Contains("Tests", StringComparison.Ordinal) && !Path.GetFileName(f).Contains("TestKit", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f))];

    /// <summary>The module assemblies. Finding none fails the test: every rule over them would otherwise pass unchecked.</summary>
    public static IReadOnlyList<Assembly> Modules() => Of(ModuleRules.IsModule, "module");

    /// <summary>The Contracts assemblies; none found fails the test.</summary>
    public static IReadOnlyList<Assembly> Contracts() => Of(ModuleRules.IsContracts, "Contracts");

    private static List<Assembly> Of(Func<string, bool> kind, string what)
    {
        var found = Load().Where(a => kind(a.GetName().Name!)).ToList();
        if (found.Count == 0)
        {
            Assert.Fail($"No {what} assembly found in {AppContext.BaseDirectory}: nothing to check.");
        }
        return found;
    }

    public static AssemblyNode Node(Assembly assembly)
        => new(assembly.GetName().Name!, [.. assembly.GetReferencedAssemblies().Select(r => r.Name!)]);
}

namespace SpiPlatform.ArchitectureTests;

/// <summary>One SpiPlatform assembly and the SpiPlatform assemblies it references.</summary>
public sealed record AssemblyNode(string Name, IReadOnlyCollection<string> References);

/// <summary>
/// ARCHITECTURE.md rule 1 as code: a module references SharedKernel and other modules' Contracts only;
/// Contracts reference SharedKernel and Contracts only; SharedKernel references no platform assembly;
/// nothing references the host.
/// </summary>
public static class ModuleRules
{
    public const string Prefix = "SpiPlatform.";
    public const string SharedKernel = "SpiPlatform.SharedKernel";
    public const string Host = "SpiPlatform.Host";

    public static bool IsContracts(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsModule(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) && !IsContracts(name) && name != SharedKernel && name != Host;

    public static IReadOnlyList<string> Violations(IEnumerable<AssemblyNode> assemblies)
    {
        var violations = new List<string>();
        foreach (var assembly in assemblies)
        {
            foreach (var reference in assembly.References.Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                if (Allowed(assembly.Name, reference) is false)
                {
                    violations.Add($"{assembly.Name} must not reference {reference}");
                }
            }
        }
        return violations;
    }

    private static bool Allowed(string from, string to)
    {
        if (to == Host)
        {
            return false;
        }
        if (from == SharedKernel)
        {
            return false;
        }
        if (IsContracts(from) || IsModule(from))
        {
            return to == SharedKernel || IsContracts(to);
        }
        return true;
    }
}

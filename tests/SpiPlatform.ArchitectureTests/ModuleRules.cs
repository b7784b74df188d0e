namespace SpiPlatform.ArchitectureTests;

/// <summary>One SpiPlatform assembly and the assemblies it references.</summary>
public sealed record AssemblyNode(string Name, IReadOnlyCollection<string> References);

/// <summary>
/// docs/ARCHITECTURE.md rule 1 as code: a module references SharedKernel, SpiPlatform.Web and other modules' Contracts
/// only; Web references SharedKernel only; Contracts reference SharedKernel and Contracts only; SharedKernel
/// references no platform assembly; nothing references the host.
/// </summary>
public static class ModuleRules
{
    public const string Prefix = "SpiPlatform.";
    public const string SharedKernel = "SpiPlatform.SharedKernel";
    public const string Web = "SpiPlatform.Web";
    public const string Host = "SpiPlatform.Host";

    public static bool IsContracts(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".Contracts", StringComparison.Ordinal);

    public static bool IsBuildingBlock(string name) => name is SharedKernel or Web;

    public static bool IsModule(string name) => name.StartsWith(Prefix, StringComparison.Ordinal) && !IsContracts(name) && !IsBuildingBlock(name) && name != Host;

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
        if (to == Host || from == SharedKernel)
        {
            return false;
        }
        if (from == Web)
        {
            return to == SharedKernel;
        }
        if (IsContracts(from))
        {
            return to == SharedKernel || IsContracts(to);
        }
        if (IsModule(from))
        {
            return to == SharedKernel || to == Web || IsContracts(to);
        }
        return true;
    }
}

namespace SpiPlatform.ArchitectureTests;

/// <summary>
/// A module's Domain is the rules and the entities; Features (handlers, queries, their inputs) build on it, never
/// the other way round: no type in <c>SpiPlatform.&lt;Module&gt;.Domain</c> uses a type in
/// <c>SpiPlatform.&lt;Module&gt;.Features</c>.
/// </summary>
public static class LayerRules
{
    public static IReadOnlyList<string> DomainUsingFeatures(IEnumerable<TypeUses> types)
    {
        var violations = new List<string>();
        foreach (var type in types)
        {
            if (ModuleOfLayer(type.Type, "Domain") is not { } module)
            {
                continue;
            }
            violations.AddRange(type.Uses
                .Where(u => ModuleOfLayer(u, "Features") == module)
                .Order(StringComparer.Ordinal)
                .Select(u => $"{type.Type} uses {u}"));
        }
        return violations;
    }

    /// <summary>"Signatories" for a name in <c>SpiPlatform.Signatories.&lt;layer&gt;</c> or below it.</summary>
    private static string? ModuleOfLayer(string typeName, string layer)
        => typeName.Split('.') is [ "SpiPlatform", var module, var part, _, ..] && part == layer ? module : null;
}

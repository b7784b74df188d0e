namespace SpiPlatform.ArchitectureTests;

/// <summary>What the handler rule needs of a type.</summary>
public sealed record TypeShape(string Name, bool IsVisibleOutsideAssembly, bool IsSealed);

/// <summary>
/// A handler (a type named <c>...Handler</c> or <c>...Handlers</c>) is reached through its module's pages,
/// GraphQL and Contracts, never directly, and is not a base for others: it is <c>internal sealed</c>.
/// </summary>
public static class HandlerRules
{
    public static bool IsHandler(string name)
    {
        var plain = name.Split('`')[0];
        return plain.EndsWith("Handler", StringComparison.Ordinal) || plain.EndsWith("Handlers", StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Violations(IEnumerable<TypeShape> types)
    {
        var violations = new List<string>();
        foreach (var type in types.Where(t => IsHandler(t.Name)))
        {
            if (type.IsVisibleOutsideAssembly)
            {
                violations.Add($"{type.Name} must be internal");
            }
            if (!type.IsSealed)
            {
                violations.Add($"{type.Name} must be sealed");
            }
        }
        return violations;
    }
}

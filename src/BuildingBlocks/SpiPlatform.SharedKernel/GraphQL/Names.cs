using GraphQL;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Enum values as the GraphQL schema spells them (DOMESTIC_ABUSE), so facet values can be fed back as filters.</summary>
public static class Names
{
    /// <summary>CONSTANT_CASE of an enum value, exactly as GraphQL.NET names enum values.</summary>
    public static string Constant<T>(T value) where T : struct, Enum => value.ToString().ToConstantCase();
}

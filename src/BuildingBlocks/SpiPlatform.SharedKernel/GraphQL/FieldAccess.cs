namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>
/// Who may resolve a field: any authenticated caller, or a caller holding one of <see cref="Scopes"/>
/// (OAuth clients) or one of <see cref="Roles"/> (staff). Empty lists mean "authenticated is enough".
/// </summary>
public sealed record FieldAccess(IReadOnlyList<string> Scopes, IReadOnlyList<string> Roles)
{
    /// <summary>The metadata key under which a field stores its <see cref="FieldAccess"/>.</summary>
    public const string MetadataKey = "spi:access";

    /// <summary>Any authenticated caller.</summary>
    public static FieldAccess Authenticated { get; } = new([], []);
}

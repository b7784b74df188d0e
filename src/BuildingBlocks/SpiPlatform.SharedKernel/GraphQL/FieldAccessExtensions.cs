using GraphQL.Builders;
using GraphQL.Types;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Declares who may resolve a field; the host enforces it for every field before resolving.</summary>
public static class FieldAccessExtensions
{
    /// <summary>Only an authenticated caller (OAuth client or signed-in staff) may resolve this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireAuthenticated<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field)
        => field.WithAccess(FieldAccess.Authenticated);

    /// <summary>Only a caller holding one of the scopes, or a staff user in one of the roles, may resolve this field.</summary>
    public static FieldBuilder<TSource, TReturn> RequireAccess<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, string[] scopes, string[] roles)
        => field.WithAccess(new FieldAccess(scopes, roles));

    private static FieldBuilder<TSource, TReturn> WithAccess<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, FieldAccess access)
    {
        field.FieldType.Metadata[FieldAccess.MetadataKey] = access;
        return field;
    }

    /// <summary>The access rule declared on a field, if any.</summary>
    public static FieldAccess? GetAccess(this IFieldType field)
        => field.GetMetadata<FieldAccess?>(FieldAccess.MetadataKey);
}

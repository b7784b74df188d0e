using GraphQL.Types;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>What every update input adds to the fields it shares with its create input.</summary>
public static class EditInputFields
{
    /// <summary>The id of the thing to change, and the version the caller last read (a stale one is refused with CONFLICT).</summary>
    public static void AddIdAndVersion(this IInputObjectGraphType input)
    {
        input.AddField(new FieldType { Name = "id", Type = typeof(NonNullGraphType<IdGraphType>) });
        input.AddField(new FieldType
        {
            Name = "version",
            Type = typeof(NonNullGraphType<IntGraphType>),
            Description = "The version you last read; a stale one is refused with CONFLICT.",
        });
    }
}

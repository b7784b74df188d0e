using GraphQL;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Typed reads of an input object's fields, as <c>c.GetArgument&lt;Dictionary&lt;string, object?&gt;&gt;("input")</c> gives them.</summary>
public static class InputValues
{
    /// <summary>A required ID field.</summary>
    public static Guid IdOf(this IDictionary<string, object?> input, string name) => (Guid)ValueConverter.ConvertTo(input[name], typeof(Guid))!;

    /// <summary>An optional ID field (null when left out).</summary>
    public static Guid? OptionalIdOf(this IDictionary<string, object?> input, string name)
        => input.TryGetValue(name, out var value) && value is not null ? (Guid)ValueConverter.ConvertTo(value, typeof(Guid))! : null;

    /// <summary>A required Int field.</summary>
    public static int IntOf(this IDictionary<string, object?> input, string name) => Convert.ToInt32(input[name]);

    /// <summary>An optional Int field (null when left out).</summary>
    public static int? OptionalIntOf(this IDictionary<string, object?> input, string name)
        => input.TryGetValue(name, out var value) && value is not null ? Convert.ToInt32(value) : null;

    /// <summary>A String field (null when left out).</summary>
    public static string? TextOf(this IDictionary<string, object?> input, string name) => input.TryGetValue(name, out var value) ? value as string : null;
}

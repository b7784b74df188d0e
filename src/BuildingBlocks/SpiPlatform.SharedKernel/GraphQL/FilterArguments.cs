namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Reads a filter input object's lists as GraphQL.NET hands them over (a dictionary of object lists).</summary>
public static class FilterArguments
{
    /// <summary>The list under <paramref name="key"/>, or null when the filter or the list is absent.</summary>
    public static List<T>? ListOf<T>(this Dictionary<string, object?>? filter, string key)
        => filter is not null && filter.TryGetValue(key, out var value) && value is IEnumerable<object> items ? [.. items.Cast<T>()] : null;
}

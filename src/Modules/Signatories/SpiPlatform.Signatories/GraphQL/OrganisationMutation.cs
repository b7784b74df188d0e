using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>A register mutation: it returns the changed organisation, and reads its input as plain values.</summary>
internal static class OrganisationMutation
{
    public static void Add<TInput>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, Dictionary<string, object?>, Task<Result<Organisation>>> run)
        where TInput : IGraphType
        => mutation.AddCommand<OrganisationGraphType, TInput, Organisation>(name, description,
            c => run(c, c.Arguments!["input"].Value as Dictionary<string, object?> ?? []));

    public static T Get<T>(this Dictionary<string, object?> input, string key)
        => input.TryGetValue(key, out var value) && value is not null ? (T)ValueConverter.ConvertTo(value, typeof(T))! : default!;
}

using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>
/// The shape every register mutation shares: one <c>input</c> argument, a signed-in caller (the handler decides who may
/// act), and the changed organisation or the handler's problems as errors.
/// </summary>
internal static class OrganisationMutation
{
    public static void Add<TInput>(ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, Dictionary<string, object?>, Task<Result<Organisation>>> run)
        where TInput : IGraphType
        => mutation.Field<OrganisationGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireAuthenticated()
            .ResolveAsync(async c =>
            {
                var input = c.Arguments!["input"].Value as Dictionary<string, object?> ?? [];
                return c.ValueOrErrors(await run(c, input));
            });

    public static T Handler<T>(this IResolveFieldContext c) where T : notnull => c.RequestServices!.GetRequiredService<T>();

    public static T Get<T>(this Dictionary<string, object?> input, string key)
        => input.TryGetValue(key, out var value) && value is not null ? (T)ValueConverter.ConvertTo(value, typeof(T))! : default!;
}

using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>
/// The shape every mutation shares: one <c>input</c> argument, a signed-in caller (the handler decides who may act),
/// and the handler's result, or its problems as errors whose field paths start at <c>input</c>.
/// </summary>
public static class CommandFields
{
    /// <summary>Adds a mutation returning <typeparamref name="TResultGraph"/> that runs <paramref name="run"/>.</summary>
    public static void AddCommand<TResultGraph, TInputGraph, T>(this ObjectGraphType mutation, string name, string description,
        Func<IResolveFieldContext, Task<Result<T>>> run)
        where TResultGraph : IGraphType
        where TInputGraph : IGraphType
        => mutation.Field<TResultGraph>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputGraph>>("input")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await run(c)));

    /// <summary>A request-scoped service, such as the handler a field calls.</summary>
    public static T Service<T>(this IResolveFieldContext c) where T : notnull => c.RequestServices!.GetRequiredService<T>();
}

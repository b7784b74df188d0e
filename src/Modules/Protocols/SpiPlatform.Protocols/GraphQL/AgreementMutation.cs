using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.GraphQL;

/// <summary>
/// The shape every drafting mutation shares: a signed-in caller (the handler decides who may act), and the changed
/// agreement or the handler's problems as errors whose field paths start at <c>input</c> (or the named argument).
/// </summary>
internal static class AgreementMutation
{
    public static void Add<TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<Result<Agreement>>> run)
        where TInput : IGraphType
        => mutation.Field<AgreementGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInput>>("input")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await run(c)));

    public static T Handler<T>(this IResolveFieldContext c) where T : notnull => c.RequestServices!.GetRequiredService<T>();
}

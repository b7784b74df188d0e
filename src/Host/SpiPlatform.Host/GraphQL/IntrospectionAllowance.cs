using GraphQL.Validation.Complexity;
using GraphQLParser.AST;

namespace SpiPlatform.Host.GraphQL;

/// <summary>
/// The standard introspection query (GraphiQL, code generators) scores far above any data query with list
/// estimates, and its score grows with the schema. An operation that selects only introspection fields is
/// therefore exempt from the complexity limit; the depth limit still applies to it.
/// </summary>
internal static class IntrospectionAllowance
{
    public static Task ApplyAsync(ComplexityValidationContext context)
    {
        if (context.Error is not null
            && context.MaxDepth <= (context.Configuration.MaxDepth ?? int.MaxValue)
            && context.ValidationContext.Operation.SelectionSet.Selections.All(IsIntrospectionField))
        {
            context.Error = null;
        }
        return Task.CompletedTask;
    }

    private static bool IsIntrospectionField(ASTNode selection)
        => selection is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal);
}

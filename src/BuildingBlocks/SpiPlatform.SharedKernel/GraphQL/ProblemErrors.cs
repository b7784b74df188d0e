using GraphQL;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.SharedKernel.GraphQL;

/// <summary>Turns refused commands into GraphQL errors carrying <c>extensions.code</c> and <c>extensions.field</c>.</summary>
public static class ProblemErrors
{
    /// <summary>The value of a successful result, or adds one error per problem to the context and returns default.</summary>
    public static T? ValueOrErrors<T>(this IResolveFieldContext context, Result<T> result, string inputArgument = "input")
    {
        if (result.Succeeded)
        {
            return result.Value;
        }
        foreach (var problem in result.Problems)
        {
            context.Errors.Add(ToError(problem, inputArgument));
        }
        return default;
    }

    /// <summary>One GraphQL error for a problem; the field is given as a path from the argument (<c>input.odsCode</c>).</summary>
    public static ExecutionError ToError(Problem problem, string inputArgument = "input")
    {
        var error = new ExecutionError(problem.Message) { Code = problem.Code };
        if (problem.Field is not null)
        {
            error.Extensions ??= new Dictionary<string, object?>();
            error.Extensions["field"] = $"{inputArgument}.{problem.Field}";
        }
        return error;
    }
}

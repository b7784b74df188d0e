using GraphQL;
using GraphQL.Instrumentation;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.GraphQL;

/// <summary>Enforces each field's declared <see cref="FieldAccess"/> before its resolver runs.</summary>
internal sealed class FieldAccessMiddleware : IFieldMiddleware
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (context.FieldDefinition.GetAccess() is not { } access)
        {
            return next(context);
        }
        var user = context.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            throw new ExecutionError($"Field '{context.FieldDefinition.Name}' needs an access token or a staff sign-in.")
            {
                Code = ErrorCodes.Unauthenticated,
            };
        }
        var restricted = access.Scopes.Count > 0 || access.Roles.Count > 0;
        if (restricted && !user.HasScopeOrRole(access.Scopes, access.Roles))
        {
            var needs = string.Join(" or ", access.Scopes.Select(s => $"scope {s}").Concat(access.Roles.Select(r => $"role {r}")));
            throw new ExecutionError($"Field '{context.FieldDefinition.Name}' needs {needs}.") { Code = ErrorCodes.Forbidden };
        }
        return next(context);
    }
}

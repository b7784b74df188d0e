using System.Security.Claims;
using GraphQL.Types;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.GraphQL;

internal sealed class ViewerType : ObjectGraphType<ClaimsPrincipal>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The authenticated caller.";
        Field<StringGraphType>("clientId").Description("The OAuth client, when calling with a bearer token.")
            .Resolve(c => c.Source.FindFirst("client_id")?.Value ?? c.Source.FindFirst("azp")?.Value);
        Field<StringGraphType>("name").Resolve(c => c.Source.FindFirst("display_name")?.Value ?? c.Source.FindFirst("name")?.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Resolve(c => c.Source.Scopes().Order(StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Resolve(c => SpiRoles.All.Where(c.Source.IsInRole).ToList());
        Field<IdGraphType>("organisationId").Resolve(c => c.Source.OrganisationIdOf());
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;

namespace SpiPlatform.Host.GraphQL;

/// <summary>
/// Who is calling: an OAuth client with a bearer token (validated by OpenIddict) or a signed-in member of
/// staff with the cookie. A bearer token that fails validation is refused outright, never downgraded to anonymous.
/// </summary>
internal sealed record GraphQLCaller(bool Rejected, bool ByCookie)
{
    public static async Task<GraphQLCaller> AuthenticateAsync(HttpContext http)
    {
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var bearer = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
            if (!bearer.Succeeded)
            {
                return new(Rejected: true, ByCookie: false);
            }
            http.User = bearer.Principal;
            return new(Rejected: false, ByCookie: false);
        }
        if (authorization.Length > 0)
        {
            return new(Rejected: true, ByCookie: false);
        }

        var cookie = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (cookie.Succeeded)
        {
            http.User = cookie.Principal;
            return new(Rejected: false, ByCookie: true);
        }
        return new(Rejected: false, ByCookie: false);
    }
}

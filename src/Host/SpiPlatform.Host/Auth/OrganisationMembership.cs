using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

internal sealed class OrganisationMembership(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IHttpContextAccessor http)
    : IOrganisationMembership
{
    public async Task<bool> LinkEditorAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct)
    {
        var account = await users.GetUserAsync(user);
        if (account is null || account.OrganisationId is not null || !await users.IsInRoleAsync(account, SpiRoles.OrganisationEditor))
        {
            return false;
        }
        account.OrganisationId = organisationId;
        var result = await users.UpdateAsync(account);
        if (!result.Succeeded)
        {
            return false;
        }
        // A cookie sign-in carries the organisation as a claim: renew it, or the editor could not edit what they registered.
        if (http.HttpContext?.User is { } current && users.GetUserId(current) == account.Id.ToString())
        {
            await signIn.RefreshSignInAsync(account);
        }
        return true;
    }

    public async Task<string?> MemberNameAsync(string email, Guid organisationId, CancellationToken ct)
        => await users.FindByEmailAsync(email.Trim()) is { } account && account.OrganisationId == organisationId ? account.DisplayName : null;
}

using Microsoft.AspNetCore.Identity;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

internal sealed class OrganisationMembership(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : IOrganisationMembership
{
    public async Task<bool> LinkEditorAsync(HttpContext http, Guid organisationId, CancellationToken ct)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null || user.OrganisationId is not null || !await users.IsInRoleAsync(user, SpiRoles.OrganisationEditor))
        {
            return false;
        }
        user.OrganisationId = organisationId;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            return false;
        }
        await signIn.RefreshSignInAsync(user);
        return true;
    }
}

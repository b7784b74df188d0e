using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

internal sealed class OrganisationMembership(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IHttpContextAccessor http, StaffIdentityDbContext identity)
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

    public async Task<IReadOnlyList<OrganisationMember>> MembersAsync(Guid organisationId, CancellationToken ct)
        => await identity.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.Email != null)
            .OrderBy(u => u.Email)
            .Select(u => new OrganisationMember(u.Email!, u.DisplayName,
                identity.UserClaims.Where(c => c.UserId == u.Id && c.ClaimType == SpiClaims.PreferredLanguage).Select(c => c.ClaimValue).FirstOrDefault()))
            .ToListAsync(ct);
}

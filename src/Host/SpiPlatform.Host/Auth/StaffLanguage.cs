using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

internal sealed class StaffLanguage(UserManager<StaffUser> users) : IStaffLanguage
{
    public async Task<string?> GetAsync(string email, CancellationToken ct)
        => await users.FindByEmailAsync(email.Trim()) is { } account
            ? (await users.GetClaimsAsync(account)).FirstOrDefault(c => c.Type == SpiClaims.PreferredLanguage)?.Value
            : null;

    public async Task<bool> SetAsync(string email, string? language, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not { } account)
        {
            return false;
        }
        var existing = (await users.GetClaimsAsync(account)).Where(c => c.Type == SpiClaims.PreferredLanguage).ToList();
        if (existing.Count > 0 && !(await users.RemoveClaimsAsync(account, existing)).Succeeded)
        {
            return false;
        }
        return language is not ("cy" or "en") || (await users.AddClaimAsync(account, new Claim(SpiClaims.PreferredLanguage, language))).Succeeded;
    }
}

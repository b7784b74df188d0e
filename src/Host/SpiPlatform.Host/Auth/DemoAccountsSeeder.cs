using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SpiPlatform.Host.Auth;

/// <summary>Creates the staff roles, the demo users and the demo OAuth clients when they are missing.</summary>
internal sealed class DemoAccountsSeeder(
    RoleManager<IdentityRole<Guid>> roles,
    UserManager<StaffUser> users,
    IOpenIddictApplicationManager applications,
    ILogger<DemoAccountsSeeder> logger) : IDemoDataSeeder
{
    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var role in SpiRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role)), role);
            }
        }
        foreach (var demo in DemoAccounts.Users)
        {
            await SeedUserAsync(demo);
        }
        foreach (var client in DemoAccounts.Clients)
        {
            await SeedClientAsync(client, ct);
        }
        logger.LogInformation(
            "Demo staff logins (password {Password}): {Users}. Demo OAuth clients: {Clients}",
            DemoAccounts.Password,
            string.Join(", ", DemoAccounts.Users.Select(u => $"{u.Email} ({u.Role})")),
            string.Join(", ", DemoAccounts.Clients.Select(c => $"{c.ClientId} / {c.Secret}")));
    }

    private async Task SeedUserAsync(DemoUser demo)
    {
        if (await users.FindByEmailAsync(demo.Email) is not null)
        {
            return;
        }
        var user = new StaffUser
        {
            UserName = demo.Email,
            Email = demo.Email,
            EmailConfirmed = true,
            DisplayName = demo.DisplayName,
            OrganisationId = demo.OrganisationId,
        };
        Check(await users.CreateAsync(user, DemoAccounts.Password), demo.Email);
        Check(await users.AddToRoleAsync(user, demo.Role), demo.Email);
    }

    private async Task SeedClientAsync(DemoClient client, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(client.ClientId, ct) is not null)
        {
            return;
        }
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.Secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = client.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in client.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        await applications.CreateAsync(descriptor, ct);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

using Microsoft.AspNetCore.Identity;
using SpiPlatform.Host.Data;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

/// <summary>Staff sign-in (Identity cookie) and the OAuth server (OpenIddict) with local token validation.</summary>
internal static class AuthServices
{
    public static void AddSpiAuth(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        services.AddModuleDbContext<StaffIdentityDbContext>(StaffIdentityDbContext.Schema);
        services.AddModuleDbContext<OAuthDbContext>(OAuthDbContext.Schema);

        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<StaffIdentityDbContext>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "spi.staff";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.ProgrammeTeam, p => p.RequireRole(SpiRoles.ProgrammeTeam));

        services.AddSpiOpenIddict(environment, configuration);
        services.AddScoped<IDemoDataSeeder, DemoAccountsSeeder>();
        services.AddScoped<IOrganisationMembership, OrganisationMembership>();
        services.AddScoped<IStaffLanguage, StaffLanguage>();
    }
}

using Microsoft.AspNetCore.Identity;
using SpiPlatform.Host.Data;
using SpiPlatform.Host.Security;
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

        services.AddOptions<StaffSessionOptions>().BindConfiguration(StaffSessionOptions.Section)
            .Validate(o => o.IdleTimeout > TimeSpan.Zero && o.AbsoluteTimeout >= o.IdleTimeout,
                "Auth:Session: IdleTimeout must be positive and no longer than AbsoluteTimeout.")
            .ValidateOnStart();
        var session = configuration.GetSection(StaffSessionOptions.Section).Get<StaffSessionOptions>() ?? new StaffSessionOptions();
        services.AddSpiCookieSecurity(environment);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "spi.staff";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            // Idle timeout: each request in the second half of the window renews the cookie; absolute: SessionLifetime.
            o.ExpireTimeSpan = session.IdleTimeout;
            o.SlidingExpiration = true;
            var checkSecurityStamp = o.Events.OnValidatePrincipal;
            o.Events.OnSigningIn = context =>
            {
                SessionLifetime.StampStart(context, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>());
                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                await SessionLifetime.RejectIfTooOldAsync(context);
                if (context.Principal is not null && checkSecurityStamp is not null)
                {
                    await checkSecurityStamp(context);
                }
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.ProgrammeTeam, p => p.RequireRole(SpiRoles.ProgrammeTeam));

        services.AddSpiOpenIddict(environment, configuration);
        services.AddScoped<IDemoDataSeeder, DemoAccountsSeeder>();
        services.AddScoped<IOrganisationMembership, OrganisationMembership>();
        services.AddScoped<IStaffLanguage, StaffLanguage>();
    }
}

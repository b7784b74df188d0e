using OpenIddict.Server;
using SpiPlatform.Host.Startup;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Host.Auth;

/// <summary>OpenIddict: client-credentials tokens for API clients, validated locally by the GraphQL endpoint.</summary>
internal static class OpenIddictServices
{
    public const string TokenPath = "/connect/token";

    public static void AddSpiOpenIddict(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<OAuthDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                o.RegisterScopes([.. SpiScopes.All]);
                o.SetAccessTokenLifetime(TimeSpan.FromHours(1));
                AddKeys(o, environment, configuration);

                var aspNetCore = o.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (!environment.IsProduction())
                {
                    // Plain http on 127.0.0.1 for development and tests; Production sits behind TLS.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
            });
    }

    private static void AddKeys(OpenIddictServerBuilder o, IWebHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsDevelopment())
        {
            o.AddDevelopmentEncryptionCertificate().AddDevelopmentSigningCertificate();
        }
        else if (environment.IsEnvironment("Testing"))
        {
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
        }
        else
        {
            var keys = OAuthKeyCertificates.Load(configuration)
                ?? throw new StartupException(
                    "OAuth signing and encryption keys are not configured. In Production set SPI_Auth__SigningCertificate and " +
                    "SPI_Auth__EncryptionCertificate (base64 PKCS#12) and, if they have one, SPI_Auth__CertificatePassword.");
            o.AddSigningCertificate(keys.Signing).AddEncryptionCertificate(keys.Encryption);
        }
    }
}

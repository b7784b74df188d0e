namespace SpiPlatform.Host.Security;

/// <summary>
/// The response headers every page and API answer carries (ADR 0023): a Content-Security-Policy that allows only our
/// own scripts and styles (no inline script, no inline style, no eval), no framing, no sniffing, a strict referrer
/// policy, no powerful browser features, and HSTS in Production.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>GraphiQL's stylesheet embeds its fonts and icons as data: URIs; its scripts are still only ours.</summary>
    public const string GraphiQLPolicy = "graphiql";

    public static void AddSpiSecurityHeaders(this IServiceCollection services, IHostEnvironment environment)
        => services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(PolicyFor(environment, dataFonts: false))
            .AddPolicy(GraphiQLPolicy, PolicyFor(environment, dataFonts: true));

    public static void UseSpiSecurityHeaders(this WebApplication app) => app.UseSecurityHeaders();

    internal static HeaderPolicyCollection PolicyFor(IHostEnvironment environment, bool dataFonts)
    {
        var p = new HeaderPolicyCollection();
        p.AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                // The dashboard's charts and the flow map are inline <svg> elements: no image source is needed for them.
                if (dataFonts)
                {
                    csp.AddImgSrc().Self().Data();
                    csp.AddFontSrc().Self().Data();
                }
                else
                {
                    csp.AddImgSrc().Self();
                    csp.AddFontSrc().Self();
                }
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            })
            .AddPermissionsPolicy(pp =>
            {
                pp.AddAccelerometer().None();
                pp.AddCamera().None();
                pp.AddGeolocation().None();
                pp.AddGyroscope().None();
                pp.AddMagnetometer().None();
                pp.AddMicrophone().None();
                pp.AddPayment().None();
                pp.AddUsb().None();
            })
            .RemoveServerHeader();
        if (environment.IsProduction())
        {
            // Only sent over HTTPS (the package skips it on plain HTTP); TLS ends at the reverse proxy (docs/security.md).
            p.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 60 * 60 * 24 * 365);
        }
        return p;
    }
}

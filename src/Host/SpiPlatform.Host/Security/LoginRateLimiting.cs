using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace SpiPlatform.Host.Security;

/// <summary>
/// ASP.NET Core's rate limiter on <c>POST /account/login</c>: one fixed window per client address chained with one per
/// account name. A refused attempt is a 429 with <c>Retry-After</c>; the status code pages then show the bilingual
/// error page (Pages/Error). Behind a reverse proxy the client address is only right once forwarded headers are
/// trusted (docs/security.md).
/// </summary>
internal static class LoginRateLimiting
{
    public const string LoginPath = "/account/login";
    private const string AccountKey = "spi.login.account";

    public static void AddLoginRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoginRateLimitOptions>().BindConfiguration(LoginRateLimitOptions.Section)
            .Validate(o => o.PerAddressPermitLimit > 0 && o.PerAccountPermitLimit > 0
                           && o.PerAddressWindow > TimeSpan.Zero && o.PerAccountWindow > TimeSpan.Zero,
                "Auth:LoginRateLimit: the limits and windows must be positive.")
            .ValidateOnStart();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLoginAttempt(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + AddressOf(http), _ => Window(http, perAccount: false))
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsLoginAttempt(http)
                    ? RateLimitPartition.GetFixedWindowLimiter("account:" + AccountOf(http), _ => Window(http, perAccount: true))
                    : RateLimitPartition.GetNoLimiter("")));
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
        });
    }

    /// <summary>Reads the login form first (asynchronously; MVC reuses it), so the partition can name the account.</summary>
    public static void UseLoginRateLimiting(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (IsLoginAttempt(http) && http.Request.HasFormContentType)
            {
                try
                {
                    var form = await http.Request.ReadFormAsync(http.RequestAborted);
                    http.Items[AccountKey] = form["Email"].ToString().Trim().ToUpperInvariant();
                }
                catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
                {
                    // Unreadable: it counts against the address only; antiforgery refuses it with a 400.
                }
            }
            await next(http);
        });
        app.UseRateLimiter();
    }

    private static bool IsLoginAttempt(HttpContext http)
        => HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase);

    private static string AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static string AccountOf(HttpContext http) => http.Items[AccountKey] as string ?? "";

    private static FixedWindowRateLimiterOptions Window(HttpContext http, bool perAccount)
    {
        var o = http.RequestServices.GetRequiredService<IOptions<LoginRateLimitOptions>>().Value;
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = perAccount ? o.PerAccountPermitLimit : o.PerAddressPermitLimit,
            Window = perAccount ? o.PerAccountWindow : o.PerAddressWindow,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}

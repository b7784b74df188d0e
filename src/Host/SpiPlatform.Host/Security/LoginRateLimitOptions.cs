namespace SpiPlatform.Host.Security;

/// <summary>
/// Sign-in attempts allowed, besides Identity's lockout (5 failures lock an account for 15 minutes): per client address
/// and per account name asked for, each in a fixed window. The account limit also holds for names that do not exist,
/// which lockout cannot.
/// </summary>
internal sealed class LoginRateLimitOptions
{
    public const string Section = "Auth:LoginRateLimit";

    public int PerAddressPermitLimit { get; set; } = 30;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(5);

    public int PerAccountPermitLimit { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}
